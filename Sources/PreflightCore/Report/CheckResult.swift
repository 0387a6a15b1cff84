/// A piece of evidence with the source line it points at, redacted.
public struct QuotedEvidence: Sendable {
    /// The evidence.
    public let evidence: Evidence
    /// The line of the file at the evidence's location, with secrets masked; quoted for
    /// failures only (nil otherwise, or when the file holds no such line).
    public let sourceLine: String?
}

/// One check's result for one agent.
public struct CheckResult: Sendable {
    /// The check.
    public let check: CheckDescription
    /// The agent's directory relative to the scanned root.
    public let agentPath: String
    /// The status.
    public let status: Status
    /// What was found, secrets masked.
    public let message: String
    /// Where, each with its source line.
    public let evidence: [QuotedEvidence]

    /// Creates a result.
    public init(check: CheckDescription, agentPath: String, status: Status, message: String, evidence: [QuotedEvidence]) {
        self.check = check
        self.agentPath = agentPath
        self.status = status
        self.message = message
        self.evidence = evidence
    }

    /// Whether the result is a gap: a failure, or no evidence either way.
    public var isGap: Bool { status == .fail || status == .unknown }
}
