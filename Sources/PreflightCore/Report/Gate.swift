/// What makes an agent not ready: gaps at or above a severity, and a score floor.
public struct Gate: Sendable, Equatable {
    /// Gaps (failures and unknowns) at this severity or above block; nil blocks none.
    public var failOn: Severity?
    /// A score below this blocks; nil sets no floor. Ignored when nothing applies.
    public var failUnder: Int?

    /// Creates a gate.
    public init(failOn: Severity? = .high, failUnder: Int? = nil) {
        self.failOn = failOn
        self.failUnder = failUnder
    }

    /// The default: high and critical gaps block; no score floor.
    public static let standard = Gate()
}

/// The answer to "is it ready?".
public enum Verdict: String, Sendable, Comparable {
    /// No gap blocks.
    case ready
    /// Nothing in the project could be assessed: no agent files, or no check applies.
    case notApplicable = "not_applicable"
    /// At least one gap blocks, a file could not be read, or the score is under the floor.
    case notReady = "not_ready"

    public static func < (lhs: Verdict, rhs: Verdict) -> Bool {
        let order: [Verdict] = [.ready, .notApplicable, .notReady]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
