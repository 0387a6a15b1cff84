/// The single-valued sections of ``AgentFacts`` that a manifest sets (identity, governance,
/// policy, telemetry, audit), held in one box. Written inline they made the facts a few
/// kilobytes, copied byte by byte (and each field retained) every time an outcome or an
/// agent was; boxed, a copy of the facts retains this box, and a change to a copy copies it
/// first (``AgentFacts`` checks that it holds the only reference before writing).
///
/// It is only written through a unique reference, which is what makes it safe to share
/// between threads (hence the unchecked `Sendable`).
final class ManifestSections: @unchecked Sendable {
    var identity: Identity?
    var governance: Governance?
    var policy: Policy?
    var telemetry: Telemetry?
    var audit: AuditTrail?

    init() {}

    /// The box of facts without any of these sections, shared by every such value.
    static let none = ManifestSections()

    /// A box holding the same sections.
    func copy() -> ManifestSections {
        let copy = ManifestSections()
        copy.identity = identity
        copy.governance = governance
        copy.policy = policy
        copy.telemetry = telemetry
        copy.audit = audit
        return copy
    }
}
