/// One question of the catalogue, asked of one agent at a time.
///
/// A check reads only the agent's facts, never files, and never prints. Adding one
/// means one file under `Checks/<Area>/` and one line in the registry.
public protocol Check: Sendable {
    /// What the check is, why it matters and how to fix it, with its examples.
    static var description: CheckDescription { get }

    /// Creates the check.
    init()

    /// Answers the check's question for `agent`.
    func evaluate(_ agent: Agent) -> Outcome
}
