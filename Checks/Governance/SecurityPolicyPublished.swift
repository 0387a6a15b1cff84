import PreflightCore

/// PF-GOV-008: a `SECURITY.md` covering the agent tells people how to report a vulnerability.
struct SecurityPolicyPublished: Check {
    static let description = CheckDescription(
        id: "PF-GOV-008",
        title: "A security policy says how to report a vulnerability",
        area: .governance,
        severity: .low,
        question: "If someone finds a way to make the agent leak data or misuse its tools, do they know where to report it privately?",
        rationale: """
            Prompt injection, tool misuse and data leaks are found by users, researchers and other teams as \
            often as by the owners. Without a published, private reporting channel, the finding arrives as a \
            public issue or a social media post, or not at all. A SECURITY.md that names an address or a form \
            is how GitHub and most security researchers look for that channel.
            """,
        remediation: Remediation(
            "Add a SECURITY.md (at the root, in .github/ or in docs/) naming a private reporting channel and what to include.",
            snippet: """
                # Security Policy

                ## Reporting a Vulnerability

                Email security@acme.example or use
                https://github.com/acme/support-triage/security/advisories/new.
                Include the prompt or input, the tool calls made and the agent version.
                We reply within two working days.
                """),
        references: ["NIST AI RMF GOVERN 4.3", "NIST AI RMF MANAGE 4.3", "ISO/IEC 42001 A.8.4"],
        passingExamples: [
            ExampleProject([
                ("SECURITY.md", """
                    # Security Policy

                    ## Reporting a Vulnerability

                    Email security@acme.example with the prompt, the tool calls made and the agent version.
                    We reply within two working days.
                    """),
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
            ]),
            ExampleProject([
                (".github/SECURITY.md", """
                    # Security

                    Please use https://github.com/acme/agents/security/advisories/new to tell us about a problem privately.
                    """),
                ("agents/invoice-reader/preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: invoice-reader
                      version: 0.9.0
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject([
                ("SECURITY.md", """
                    ↓# Security Policy

                    ## Supported Versions

                    | Version | Supported          |
                    | ------- | ------------------ |
                    | 2.x     | :white_check_mark: |
                    | < 2.0   | :x:                |
                    """),
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let policies = agent.repositoryEvidence.securityPolicies.sorted { $0.path < $1.path }
        guard !policies.isEmpty else {
            return .unknown("no evidence: no SECURITY.md covers the agent")
        }
        let channels = policies.compactMap { policy in policy.reportingChannel.map { (policy.path, $0) } }
        guard let (path, channel) = channels.first else {
            return .fail("\(policies.map(\.path).joined(separator: " and ")) gives no way to report a vulnerability",
                         evidence: policies.map { Evidence("no e-mail address, link or reporting instructions", at: $0.location) })
        }
        return .pass("\(path) says how to report a vulnerability: \(channel.value)",
                     evidence: channels.map { Evidence("reporting channel: \($0.1.value)", at: $0.1.location) })
    }
}
