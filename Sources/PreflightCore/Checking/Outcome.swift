/// How a check's question was answered for one agent.
public enum Status: String, Sendable, CaseIterable {
    /// The project shows the control is in place.
    case pass
    /// The project shows the control is missing or wrong, at a located place.
    case fail
    /// Nothing in the project answers the question: a gap of its own ("no evidence").
    case unknown
    /// The question does not arise for this agent.
    case notApplicable = "not_applicable"
}

/// A place that supports a result, with what it shows.
public struct Evidence: Sendable, Hashable {
    /// Where.
    public let location: SourceLocation
    /// What is there, in a few words (never a whole secret).
    public let note: String

    /// Creates evidence.
    public init(_ note: String, at location: SourceLocation) {
        self.location = location
        self.note = note
    }
}

/// A check's answer for one agent: a status, a message, and the places behind it.
public struct Outcome: Sendable {
    /// The status.
    public let status: Status
    /// One sentence a person can act on.
    public let message: String
    /// The places that support it; a failure has at least one.
    public let evidence: [Evidence]

    private init(status: Status, message: String, evidence: [Evidence]) {
        self.status = status
        self.message = message
        self.evidence = evidence
    }

    /// The control is in place; `evidence` names where.
    public static func pass(_ message: String, evidence: [Evidence] = []) -> Outcome {
        Outcome(status: .pass, message: message, evidence: evidence)
    }

    /// The control is missing or wrong at each place in `evidence`.
    public static func fail(_ message: String, evidence: [Evidence]) -> Outcome {
        Outcome(status: .fail, message: message, evidence: evidence)
    }

    /// Nothing in the project answers the question.
    public static func unknown(_ message: String) -> Outcome {
        Outcome(status: .unknown, message: message, evidence: [])
    }

    /// The question does not arise, for `reason`.
    public static func notApplicable(_ reason: String) -> Outcome {
        Outcome(status: .notApplicable, message: reason, evidence: [])
    }
}
