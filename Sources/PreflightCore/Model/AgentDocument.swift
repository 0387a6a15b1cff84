/// A document about the agent itself: `AGENTS.md`, an agent card (`AGENT_CARD.md`,
/// `agent-card.md`) or a model card (`MODEL_CARD.md`, `model-card.md`), in any case.
public struct AgentDocument: Sendable {
    /// The file's path relative to the scanned root.
    public let path: String
    /// The first place it speaks of intended use or purpose, located at the words.
    public var intendedUse: Located<String>?
    /// The first place it states a limit (limitations, out of scope, must not, never, do not),
    /// located at the words.
    public var limits: Located<String>?

    /// Creates a document read from the file at `path`.
    public init(path: String, intendedUse: Located<String>? = nil, limits: Located<String>? = nil) {
        self.path = path
        self.intendedUse = intendedUse
        self.limits = limits
    }

    /// The file's first line.
    public var location: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
}
