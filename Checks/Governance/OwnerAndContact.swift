import PreflightCore

/// PF-GOV-001: the manifest names who owns the agent and how to reach them.
struct OwnerAndContact: Check {
    static let description = CheckDescription(
        id: "PF-GOV-001",
        title: "Agent has a named owner and a contact",
        area: .governance,
        severity: .high,
        question: "Who answers for this agent, and how are they reached when it misbehaves?",
        rationale: """
            When an agent misbehaves at 3 a.m., the first question is whose it is. An agent without a named \
            owning team and a contact channel is nobody's to fix, to switch off or to explain to an affected \
            customer. Ownership recorded beside the code also survives reorganisations better than a wiki page.
            """,
        remediation: Remediation(
            "Name the owning team and a contact channel that is watched (an on-call alias, a team channel) in the manifest's metadata.",
            snippet: """
                metadata:
                  name: support-triage
                  version: 2.3.1
                  owner: team-support-platform
                  contact: support-platform-oncall@acme.com
                """),
        references: ["NIST AI RMF GOVERN 2.1", "ISO/IEC 42001 A.3.2", "NIST AI RMF MANAGE 4.3"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                  owner: team-support-platform
                  contact: support-platform-oncall@acme.com
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                  owner: finance-automation
                  contact: "#finance-automation-alerts"
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: support-triage
                  version: 2.3.1
                  owner: team-support-platform
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: release-notes
                  version: 1.0.0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest, let governance = agent.governance else {
            return .unknown("no evidence: no Preflight manifest names the agent's owner and contact")
        }
        let missing = [governance.owner == nil ? "owner" : nil, governance.contact == nil ? "contact" : nil].compactMap { $0 }
        guard missing.isEmpty, let owner = governance.owner, let contact = governance.contact else {
            return .fail("the manifest does not name the agent's \(missing.joined(separator: " or "))",
                         evidence: [Evidence("add \(missing.joined(separator: " and ")) under metadata", at: governance.location)])
        }
        return .pass("owned by \(owner.value), reached at \(contact.value)",
                     evidence: [Evidence("owner", at: owner.location), Evidence("contact", at: contact.location)])
    }
}
