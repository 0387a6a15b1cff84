import Foundation
import PreflightCore

/// PF-SC-003: remote MCP servers are reached over HTTPS (plain HTTP only on the loopback).
struct RemoteMCPOverHTTPS: Check {
    static let description = CheckDescription(
        id: "PF-SC-003",
        title: "Remote MCP servers are reached over HTTPS",
        area: .supplyChain,
        severity: .high,
        question: "Can anyone on the network read or change the traffic between the agent and a remote MCP server?",
        rationale: """
            Over plain http:// the headers (often a bearer token), every tool call and every result cross \
            the network in clear text, and anyone on the path can read them or answer in the server's place, \
            handing the agent forged tool descriptions or results. HTTPS authenticates the server and \
            encrypts the session; only the loopback address stays on the machine.
            """,
        remediation: Remediation(
            "Use the server's https:// endpoint; for a server on the same machine use localhost.",
            snippet: """
                {
                  "mcpServers": {
                    "analytics": {"type": "http", "url": "https://mcp.acme-analytics.io/mcp"},
                    "local-dev": {"type": "sse", "url": "http://localhost:8931/sse"}
                  }
                }
                """),
        references: ["OWASP ASI04", "OWASP LLM02", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "analytics": {"type": "http", "url": "https://mcp.acme-analytics.io/mcp"},
                    "playwright": {"type": "sse", "url": "http://localhost:8931/sse"},
                    "tickets": {"type": "http", "url": "http://127.0.0.1:3000/mcp"}
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".cursor/mcp.json", """
                {
                  "mcpServers": {
                    "crm": {"url": ↓"http://crm-mcp.internal.acme.io:8080/mcp", "headers": {"Authorization": "Bearer ${env:CRM_TOKEN}"}},
                    "docs": {"url": "https://docs-mcp.acme.io/mcp"}
                  }
                }
                """),
            ExampleProject(".gemini/settings.json", """
                {"mcpServers": {"events": {"url": ↓"http://10.0.4.12:9000/sse"}}}
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let remote = agent.mcpServers.compactMap { server in server.url.map { (server, $0) } }
        guard !remote.isEmpty else {
            return .notApplicable("no remote MCP servers")
        }
        var gaps: [Evidence] = []
        var secure: [Evidence] = []
        for (server, url) in remote {
            switch EndpointTransport(url: url.value) {
            case .encrypted:
                secure.append(Evidence("server \"\(server.name)\" over HTTPS", at: url.location))
            case .loopback:
                secure.append(Evidence("server \"\(server.name)\" on the loopback", at: url.location))
            case .plaintext:
                gaps.append(Evidence("server \"\(server.name)\" over plain HTTP", at: url.location))
            case .unknown:
                break
            }
        }
        guard gaps.isEmpty else {
            return .fail("remote MCP servers are reached over plain HTTP", evidence: gaps)
        }
        guard !secure.isEmpty else {
            return .unknown("no evidence: every remote MCP server's URL is set by a variable")
        }
        return .pass("remote MCP servers are reached over HTTPS or the loopback", evidence: secure)
    }

}
