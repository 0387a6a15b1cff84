/// The manifest's governance facts: who owns the agent and what happens when it misbehaves.
public struct Governance: Sendable {
    /// Where the facts were declared (the manifest's `governance`, or `metadata` for owner and contact).
    public let location: SourceLocation
    /// `metadata.owner`.
    public var owner: Located<String>?
    /// `metadata.contact`.
    public var contact: Located<String>?
    /// `governance.killSwitch`.
    public var killSwitch: Located<String>?
    /// `governance.incidentRunbook`.
    public var incidentRunbook: Located<String>?
    /// `governance.reviewers`.
    public var reviewers: [Located<String>] = []
    /// `governance.approvedBy`: who signed off the launch.
    public var approvedBy: Located<String>?
    /// `governance.riskTier`.
    public var riskTier: Located<String>?
    /// `governance.dataClassification`.
    public var dataClassification: Located<String>?
    /// Where the `governance` section starts, if there is one.
    public var section: SourceLocation?

    /// Creates governance facts declared at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
