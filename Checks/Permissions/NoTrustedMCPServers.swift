import PreflightCore

/// PF-PERM-006: no Gemini CLI MCP server is trusted to skip every confirmation.
struct NoTrustedMCPServers: Check {
    static let description = CheckDescription(
        id: "PF-PERM-006",
        title: "No MCP server skips tool-call confirmation",
        area: .permissions,
        severity: .high,
        question: "Does any MCP server run its tools without the user confirming each call?",
        rationale: """
            Gemini CLI's `trust: true` skips every confirmation for that server's tools, so whatever the \
            model decides, including under a prompt injection, runs at once. Confirmation is the person's \
            last chance to stop a destructive or data-leaking call. Only Gemini CLI has this per-server \
            switch, so the check applies to its servers.
            """,
        remediation: Remediation(
            "Remove `trust` (it defaults to false) and expose only the tools the agent needs with `includeTools`.",
            snippet: """
                {
                  "mcpServers": {
                    "analytics": {
                      "httpUrl": "https://analytics.example.com/mcp",
                      "includeTools": ["run_readonly_query"]
                    }
                  }
                }
                """),
        references: ["OWASP ASI02", "OWASP ASI09", "OWASP LLM06", "EU AI Act Art. 14"],
        passingExamples: [
            ExampleProject(".gemini/settings.json", """
                {
                  "mcpServers": {
                    "analytics": {
                      "httpUrl": "https://analytics.example.com/mcp",
                      "trust": false,
                      "includeTools": ["run_readonly_query"]
                    }
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".gemini/settings.json", """
                {
                  "theme": "GitHub",
                  "mcpServers": {
                    "analytics": {
                      "httpUrl": "https://analytics.example.com/mcp",
                      ↓"trust": true
                    },
                    "shell": {
                      "command": "uvx",
                      "args": ["mcp-shell-server==1.0.3"],
                      ↓"trust": true
                    }
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let servers = agent.mcpServers.filter { $0.client == .gemini }
        guard !servers.isEmpty else {
            return .notApplicable("no Gemini CLI MCP servers, the only client with a per-server trust switch")
        }
        let trusted = servers.filter { $0.trust?.value == true }
        guard trusted.isEmpty else {
            let names = trusted.map { "\"\($0.name)\"" }.joined(separator: ", ")
            return .fail("MCP servers \(names) are trusted: their tool calls run without confirmation",
                         evidence: trusted.compactMap { server in
                             server.trust.map { Evidence("server \"\(server.name)\" trust true", at: $0.location) }
                         })
        }
        return .pass("every Gemini CLI MCP server asks before its tools run",
                     evidence: servers.map { Evidence("server \"\($0.name)\" not trusted", at: $0.location) })
    }
}
