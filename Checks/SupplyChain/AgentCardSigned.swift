import PreflightCore

/// PF-SC-015: the A2A Agent Card carries a signature, so clients can verify who published it.
struct AgentCardSigned: Check {
    static let description = CheckDescription(
        id: "PF-SC-015",
        title: "Agent Card is signed",
        area: .supplyChain,
        severity: .medium,
        question: "Can a client verify that the Agent Card it fetched was published by the agent's provider and not altered?",
        rationale: """
            Clients trust the card for the agent's endpoints and authentication. An unsigned card altered on a \
            compromised host, a cache or a registry can point callers at another server or weaken the schemes \
            they use, and nothing shows it. A JWS in `signatures`, over the canonical card, lets clients check \
            the publisher's key before they send anything.
            """,
        remediation: Remediation(
            "Sign the card at release (a JWS over its RFC 8785 canonical JSON, without `signatures`) and publish the signature in `signatures`.",
            snippet: """
                "signatures": [
                  {"protected": "eyJhbGciOiJFUzI1NiIsImtpZCI6ImNhcmQtMjAyNiJ9", "signature": "QmFzZTY0VXJsU2lnbmF0dXJl"}
                ]
                """),
        references: ["OWASP ASI07", "OWASP ASI04", "NIST AI RMF MEASURE 2.7", "ISO/IEC 42001 A.10.3"],
        passingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "version": "2.4.0",
                  "supportedInterfaces": [{"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  "signatures": [{"protected": "eyJhbGciOiJFUzI1NiIsImtpZCI6ImNhcmQtMjAyNiJ9", "signature": "QmFzZTY0VXJsU2lnbmF0dXJl"}]
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                ↓{
                  "name": "Invoice Reconciliation Agent",
                  "version": "2.4.0",
                  "supportedInterfaces": [{"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}]
                }
                """),
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "supportedInterfaces": [{"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  ↓"signatures": []
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
            if let signatures = card.signatures, signatures.value > 0 {
                shown.append(Evidence("\(signatures.value) signature\(signatures.value == 1 ? "" : "s")", at: signatures.location))
            } else {
                gaps.append(Evidence(card.signatures == nil ? "no signatures" : "empty signatures list",
                                     at: card.signatures?.location ?? card.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("the Agent Card is not signed", evidence: gaps)
        }
        return .pass("the Agent Card carries a signature", evidence: shown)
    }
}
