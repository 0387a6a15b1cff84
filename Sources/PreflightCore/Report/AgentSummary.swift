/// What a scan keeps of an agent once its results have been handed on: enough for the
/// run's verdict, score and closing lines, without the results themselves.
public struct AgentSummary: Sendable {
    /// The agent's name.
    public let name: String
    /// Its directory relative to the scanned root.
    public let path: String
    /// Its verdict under the gate.
    public let verdict: Verdict
    /// Its score.
    public let score: Score
    /// How many of its gaps block it.
    public let blockingCount: Int
    /// Its files that could not be read.
    public let unreadable: [InputDiagnostic]

    /// The summary of `report`.
    public init(_ report: AgentReport) {
        name = report.name
        path = report.path
        verdict = report.verdict
        score = report.score
        blockingCount = report.blocking.count
        unreadable = report.unreadable
    }
}
