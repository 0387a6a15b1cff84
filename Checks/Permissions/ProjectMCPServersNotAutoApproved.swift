import PreflightCore

/// PF-PERM-005: MCP servers added to the project's `.mcp.json` are not approved unseen.
struct ProjectMCPServersNotAutoApproved: Check {
    static let description = CheckDescription(
        id: "PF-PERM-005",
        title: "Project MCP servers are not approved automatically",
        area: .permissions,
        severity: .high,
        question: "Does a server added to the project's .mcp.json start without anyone approving it?",
        rationale: """
            With enableAllProjectMcpServers set to true, Claude Code starts every server in .mcp.json \
            without asking, so a pull request that adds a server also runs its code and exposes its tools \
            to the agent on the next session. Approving servers by name keeps a person in the loop for \
            each new tool provider.
            """,
        remediation: Remediation(
            "Remove `enableAllProjectMcpServers` (or set it to false) and list the servers you approve.",
            snippet: """
                {
                  "enableAllProjectMcpServers": false,
                  "enabledMcpjsonServers": ["github", "postgres"]
                }
                """),
        references: ["OWASP ASI04", "OWASP LLM06", "NIST AI RMF MAP 4.2"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "enabledMcpjsonServers": ["github"],
                  "permissions": {"allow": ["mcp__github__get_issue"]}
                }
                """),
            ExampleProject(".claude/settings.json", """
                {"enableAllProjectMcpServers": false}
                """),
        ],
        failingExamples: [
            ExampleProject([
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/"}}}
                    """),
                (".claude/settings.json", """
                    {
                      "permissions": {"allow": ["Bash(npm run test:*)"]},
                      ↓"enableAllProjectMcpServers": true
                    }
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let settings = agent.permissionSettings
        guard !settings.settingsFiles.isEmpty else {
            return .notApplicable("no coding-agent settings files")
        }
        let approvingAll = settings.enableAllProjectMCPServers.filter(\.value)
        guard approvingAll.isEmpty else {
            return .fail("enableAllProjectMcpServers is true: every server in .mcp.json starts without approval",
                         evidence: approvingAll.map { Evidence("enableAllProjectMcpServers true", at: $0.location) })
        }
        return .pass("project MCP servers are approved one by one",
                     evidence: settings.enableAllProjectMCPServers.map { Evidence("enableAllProjectMcpServers false", at: $0.location) })
    }
}
