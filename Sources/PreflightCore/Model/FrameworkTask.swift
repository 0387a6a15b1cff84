/// A task declared in an agent framework's configuration (CrewAI `config/tasks.yaml`):
/// which agent does it, and whether a person checks its result.
public struct FrameworkTask: Sendable {
    /// The task's name (its key).
    public let name: String
    /// Where its declaration starts.
    public let location: SourceLocation
    /// The agent assigned to it (`agent`).
    public var agent: Located<String>?
    /// `human_input`: true has a person review the result before the task completes.
    public var humanInput: Located<Bool>?
    /// `guardrail`: a check the result must pass.
    public var guardrail: Located<String>?

    /// Creates a task declaration.
    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }
}
