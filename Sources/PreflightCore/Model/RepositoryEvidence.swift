/// Governance evidence the repository holds about the agents below it: code owners, a
/// security policy, incident runbooks, documents stating the agent's use and limits.
public struct RepositoryEvidence: Sendable {
    /// The CODEOWNERS file GitHub uses, if the repository has one.
    public var codeOwners: CodeOwners?
    /// Every `SECURITY.md` covering the agent.
    public var securityPolicies: [SecurityPolicy] = []
    /// Every incident runbook covering the agent.
    public var runbooks: [Runbook] = []
    /// Every agent document or model card covering the agent.
    public var agentDocuments: [AgentDocument] = []

    /// Creates empty evidence.
    public init() {}

    /// Adds everything in `other`; of two CODEOWNERS files, keeps the one GitHub uses.
    public mutating func merge(_ other: RepositoryEvidence) {
        switch (codeOwners, other.codeOwners) {
        case (let mine?, let theirs?): codeOwners = mine.preferred(over: theirs)
        case (nil, let theirs?): codeOwners = theirs
        default: break
        }
        securityPolicies += other.securityPolicies
        runbooks += other.runbooks
        agentDocuments += other.agentDocuments
    }
}
