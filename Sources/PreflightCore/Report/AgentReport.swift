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
        // The blocking results are sorted as indices, their checks and statuses read in place
        // through a buffer, so that each result is copied once, in order.
        blocking = results.withUnsafeBufferPointer { results in
            results.indices.filter { isBlocking[$0] }
                .sorted { AgentReport.mostSevereFirst(results[$0].check, results[$0].status, results[$1].check, results[$1].status) }
                .map { results[$0] }
        }
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
        mostSevereFirst(lhs.check, lhs.status, rhs.check, rhs.status)
    }

    /// ``mostSevereFirst(_:_:)`` on the parts of two results it compares.
    private static func mostSevereFirst(_ lhsCheck: CheckDescription, _ lhsStatus: Status,
                                        _ rhsCheck: CheckDescription, _ rhsStatus: Status) -> Bool {
        if lhsCheck.severity != rhsCheck.severity { return lhsCheck.severity > rhsCheck.severity }
        if lhsStatus != rhsStatus { return lhsStatus == .fail }
        return lhsCheck.id < rhsCheck.id
    }

    /// Whether the score alone is under the gate's floor.
    public func isUnderFloor(_ gate: Gate) -> Bool {
        guard let floor = gate.failUnder, let overall = score.overall else { return false }
        return overall < floor
    }
}
