import PreflightCore

/// PF-ID-008: an A2A Agent Card says which agent it is, which version, and who runs it.
struct AgentCardIdentifiesAgent: Check {
    static let description = CheckDescription(
        id: "PF-ID-008",
        title: "Agent Card names the agent, its version and its provider",
        area: .identity,
        severity: .medium,
        question: "Can another agent, or a reviewer, tell from the Agent Card which agent and which build it is talking to, and who runs it?",
        rationale: """
            Other agents discover this one through its A2A Agent Card, and the card is all they know about it \
            before they send it data. Without a name, a version and the provider's organization, callers \
            cannot pin the build they tested against, tell a legitimate agent from a look-alike, or know whom \
            to contact when it misbehaves.
            """,
        remediation: Remediation(
            "Give the card a `name`, a `version` bumped on every release, and a `provider` with the operating organization.",
            snippet: """
                {
                  "name": "Invoice Reconciliation Agent",
                  "version": "2.4.0",
                  "provider": {"organization": "Acme Finance", "url": "https://finance.acme.example"}
                }
                """),
        references: ["OWASP ASI07", "NIST AI RMF GOVERN 1.6", "ISO/IEC 42001 A.4.2"],
        passingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "description": "Matches supplier invoices to purchase orders.",
                  "version": "2.4.0",
                  "provider": {"organization": "Acme Finance", "url": "https://finance.acme.example"},
                  "supportedInterfaces": [{"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  "skills": [{"id": "match-invoice", "name": "Match invoice", "description": "Matches one invoice to its purchase order.", "tags": ["finance"]}]
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                ↓{
                  "name": "Travel Planner",
                  "description": "Plans business trips within the travel policy.",
                  "url": "https://travel.example.com/a2a",
                  "skills": [{"id": "plan-trip", "name": "Plan trip", "description": "Plans a trip.", "tags": ["travel"]}]
                }
                """),
            ExampleProject("services/travel/.well-known/agent-card.json", """
                {
                  "name": "Travel Planner",
                  "version": "0.9.2",
                  ↓"provider": {"url": "https://travel.example.com"},
                  "supportedInterfaces": [{"url": "https://travel.example.com/a2a", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}]
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.agentCards.isEmpty else {
            return .notApplicable("no A2A Agent Card")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for card in agent.agentCards {
            let missing = [card.name == nil ? "name" : nil, card.version == nil ? "version" : nil,
                           card.provider == nil ? "provider" : nil].compactMap { $0 }
            if !missing.isEmpty {
                gaps.append(Evidence("card has no \(missing.joined(separator: ", "))", at: card.location))
            }
            if let provider = card.provider, card.providerOrganization == nil {
                gaps.append(Evidence("provider has no organization", at: provider))
            }
            if missing.isEmpty, let name = card.name, let version = card.version, let organization = card.providerOrganization {
                shown += [Evidence("name \(name.value)", at: name.location), Evidence("version \(version.value)", at: version.location),
                          Evidence("provider \(organization.value)", at: organization.location)]
            }
        }
        guard gaps.isEmpty else {
            return .fail("the Agent Card does not say which agent, which version and whose it is", evidence: gaps)
        }
        return .pass("the Agent Card names the agent, its version and its provider", evidence: shown)
    }
}
