import Foundation
import PreflightCore

/// PF-SC-014: every endpoint an A2A Agent Card advertises is HTTPS (plain HTTP only on the loopback).
struct AgentCardOverHTTPS: Check {
    static let description = CheckDescription(
        id: "PF-SC-014",
        title: "Agent Card endpoints use HTTPS",
        area: .supplyChain,
        severity: .high,
        question: "Can anyone on the network read or change the messages other agents exchange with this one?",
        rationale: """
            Clients call whichever interface the Agent Card lists. Over plain http:// the caller's credentials, \
            every task and every artifact cross the network in clear text, and anyone on the path can answer in \
            the agent's place. HTTPS authenticates the agent and encrypts the exchange; only the loopback \
            address stays on the machine.
            """,
        remediation: Remediation(
            "Serve every interface over TLS and list its https:// URL in the card.",
            snippet: """
                "supportedInterfaces": [
                  {"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"},
                  {"url": "https://agents.acme.example/a2a/rest", "protocolBinding": "HTTP+JSON", "protocolVersion": "1.0"}
                ]
                """),
        references: ["OWASP ASI07", "OWASP LLM02", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "supportedInterfaces": [
                    {"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"},
                    {"url": "http://localhost:9999/a2a", "protocolBinding": "HTTP+JSON", "protocolVersion": "1.0"}
                  ]
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "supportedInterfaces": [
                    {"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"},
                    {"url": ↓"http://agents.acme.example:8080/a2a/rest", "protocolBinding": "HTTP+JSON", "protocolVersion": "1.0"}
                  ]
                }
                """),
            ExampleProject(".well-known/agent.json", """
                {
                  "name": "Travel Planner",
                  "url": ↓"http://travel.example.com/a2a",
                  "preferredTransport": "JSONRPC",
                  "additionalInterfaces": [{"url": ↓"http://10.0.4.12:8000/a2a", "transport": "HTTP+JSON"}]
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.agentCards.isEmpty else {
            return .notApplicable("no A2A Agent Card")
        }
        var gaps: [Evidence] = []
        var secure: [Evidence] = []
        for interface in agent.agentCards.flatMap(\.interfaces) {
            switch EndpointTransport(url: interface.url.value) {
            case .encrypted:
                secure.append(Evidence("interface over TLS", at: interface.url.location))
            case .loopback:
                secure.append(Evidence("interface on the loopback", at: interface.url.location))
            case .plaintext:
                gaps.append(Evidence("interface over plain HTTP", at: interface.url.location))
            case .unknown:
                break
            }
        }
        guard gaps.isEmpty else {
            return .fail("the Agent Card advertises interfaces over plain HTTP", evidence: gaps)
        }
        guard !secure.isEmpty else {
            return .unknown("no evidence: the Agent Card lists no http or https interface URL")
        }
        return .pass("every interface in the Agent Card uses HTTPS or the loopback", evidence: secure)
    }
}
