/// A whole scan held in memory: the summary and every agent's results. Convenient for small
/// projects and tests; large trees stream agent by agent instead
/// (``Scanner/scan(path:render:emit:)``).
public struct ScanReport: Sendable {
    /// Everything but the results.
    public let summary: ScanSummary
    /// The agents with their results, by path.
    public let agents: [AgentReport]

    /// Creates a report from a summary and the agents it summarises.
    public init(summary: ScanSummary, agents: [AgentReport]) {
        self.summary = summary
        self.agents = agents
    }

    /// Creates a report, deriving the run's verdict and score from its agents.
    public init(rootName: String, agents: [AgentReport], files: [ScannedFile], skipped: [SkippedFile] = [],
                diagnostics: [InputDiagnostic], gate: Gate, checks: [CheckDescription]) {
        self.init(summary: ScanSummary(rootName: rootName, agents: agents.map(AgentSummary.init), files: files,
                                       skipped: skipped, diagnostics: diagnostics, gate: gate, checks: checks),
                  agents: agents)
    }

    /// The scanned root's name.
    public var rootName: String { summary.rootName }
    /// Every file read and its format, by path.
    public var files: [ScannedFile] { summary.files }
    /// Candidate files not read as agent configuration, by path.
    public var skipped: [SkippedFile] { summary.skipped }
    /// Problems with input files, by location.
    public var diagnostics: [InputDiagnostic] { summary.diagnostics }
    /// The gate applied.
    public var gate: Gate { summary.gate }
    /// The run's verdict.
    public var verdict: Verdict { summary.verdict }
    /// The worst of the agents' scores.
    public var score: Score? { summary.score }
    /// The blocking gaps of every agent.
    public var blocking: [CheckResult] { agents.flatMap(\.blocking) }
}
