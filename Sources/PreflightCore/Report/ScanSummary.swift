/// Everything one scan found except each agent's results, which the scanner hands on agent
/// by agent: the agents' verdicts and scores, the files read, and the problems met.
public struct ScanSummary: Sendable {
    /// The scanned root's name (its last path component), never an absolute path.
    public let rootName: String
    /// The agents, by path.
    public let agents: [AgentSummary]
    /// Every file read and its format, by path.
    public let files: [ScannedFile]
    /// Candidate files not read as agent configuration, with the reason, by path.
    public let skipped: [SkippedFile]
    /// Problems with input files, by location.
    public let diagnostics: [InputDiagnostic]
    /// The gate applied.
    public let gate: Gate
    /// The checks that ran, in catalogue order.
    public let checks: [CheckDescription]
    /// The worst agent's verdict; not ready when a file outside every agent could not be read.
    public let verdict: Verdict
    /// The worst of the agents' scores, overall and per area; nil when nothing applies.
    public let score: Score?

    /// Creates a summary, deriving the run's verdict and score from its agents.
    public init(rootName: String, agents: [AgentSummary], files: [ScannedFile], skipped: [SkippedFile] = [],
                diagnostics: [InputDiagnostic], gate: Gate, checks: [CheckDescription]) {
        self.rootName = rootName
        self.agents = agents
        self.files = files
        self.skipped = skipped
        self.diagnostics = diagnostics
        self.gate = gate
        self.checks = checks
        let assigned = Set(agents.flatMap(\.unreadable))
        let unreadableOutside = diagnostics.contains { $0.kind == .error && !assigned.contains($0) }
        var verdict = agents.map(\.verdict).max() ?? .notApplicable
        if unreadableOutside { verdict = .notReady }
        self.verdict = verdict
        score = ScanSummary.worst(agents.map(\.score))
    }

    /// How many gaps block, over every agent.
    public var blockingCount: Int { agents.reduce(0) { $0 + $1.blockingCount } }

    private static func worst(_ scores: [Score]) -> Score? {
        let applicable = scores.filter { $0.overall != nil }
        guard let lowest = applicable.min(by: { $0.overall! < $1.overall! }) else { return nil }
        guard applicable.count > 1 else { return lowest }
        let areas = Area.allCases.map { area -> AreaScore in
            let candidates = applicable.compactMap { $0.area(area) }.filter { $0.score != nil }
            return candidates.min { $0.score! < $1.score! } ?? AreaScore(area: area, score: nil, earned: 0, possible: 0, statusCounts: StatusCounts())
        }
        return Score(overall: lowest.overall, earned: lowest.earned, possible: lowest.possible, areas: areas)
    }
}
