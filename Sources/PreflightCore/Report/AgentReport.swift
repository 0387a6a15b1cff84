/// The assessment of one agent.
public struct AgentReport: Sendable {
    /// The agent's name.
    public let name: String
    /// Its directory relative to the scanned root.
    public let path: String
    /// Every check's result, in catalogue order.
    public let results: [CheckResult]
    /// Its score.
    public let score: Score
    /// Its verdict under the gate.
    public let verdict: Verdict
    /// The gaps that block it, most severe first.
    public let blocking: [CheckResult]
    /// Whether each result blocks, index for index with ``results``.
    public let isBlocking: [Bool]
    /// Its files that could not be read.
    public let unreadable: [InputDiagnostic]
    /// Its files that were read.
    public let files: [String]

    /// Assesses `agent`'s results under `gate`.
    public init(agent: Agent, results: [CheckResult], gate: Gate) {
        name = agent.name
        path = agent.path
        self.results = results
        unreadable = agent.unreadable
        files = agent.files
        score = Score(results: results)
        let isBlocking = results.map { result in
            guard result.isGap, let threshold = gate.failOn else { return false }
            return result.check.severity >= threshold
        }
        self.isBlocking = isBlocking
        blocking = results.indices.filter { isBlocking[$0] }.map { results[$0] }.sorted(by: AgentReport.mostSevereFirst)
        if score.overall == nil && unreadable.isEmpty {
            verdict = .notApplicable
        } else if !blocking.isEmpty || !unreadable.isEmpty {
            verdict = .notReady
        } else if let floor = gate.failUnder, let overall = score.overall, overall < floor {
            verdict = .notReady
        } else {
            verdict = .ready
        }
    }

    /// Orders gaps most severe first, failures before unknowns, then by check ID.
    public static func mostSevereFirst(_ lhs: CheckResult, _ rhs: CheckResult) -> Bool {
        if lhs.check.severity != rhs.check.severity { return lhs.check.severity > rhs.check.severity }
        if lhs.status != rhs.status { return lhs.status == .fail }
        return lhs.check.id < rhs.check.id
    }

    /// Whether the score alone is under the gate's floor.
    public func isUnderFloor(_ gate: Gate) -> Bool {
        guard let floor = gate.failUnder, let overall = score.overall else { return false }
        return overall < floor
    }
}
