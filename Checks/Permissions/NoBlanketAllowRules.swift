import PreflightCore

/// PF-PERM-003: no allow rule grants a whole tool that acts (shell, edits, web, an MCP
/// server) without asking.
struct NoBlanketAllowRules: Check {
    static let description = CheckDescription(
        id: "PF-PERM-003",
        title: "No blanket allow rules for tools that act",
        area: .permissions,
        severity: .high,
        question: "Does any allow rule let the agent run a whole tool, such as any shell command, without asking?",
        rationale: """
            An allow rule skips the approval prompt, so `Bash`, `Bash(*)`, `Edit(**)`, `WebFetch` or a whole \
            MCP server (`mcp__github`) lets the agent run any command, rewrite any file, reach any site or \
            call every tool of that server unasked. Scoped rules such as `Bash(npm run test:*)` keep the \
            convenience without handing over the tool. Read-only tools (Read, Glob, Grep, LS) are left out: \
            Claude Code does not ask before reading anyway, and deny rules guard secrets.
            """,
        remediation: Remediation(
            "Replace each blanket rule with rules for the commands, paths, domains or MCP tools the agent needs.",
            snippet: """
                {
                  "permissions": {
                    "allow": [
                      "Bash(npm run test:*)",
                      "Edit(src/**)",
                      "WebFetch(domain:docs.python.org)",
                      "mcp__github__get_issue"
                    ]
                  }
                }
                """),
        references: ["OWASP LLM06", "OWASP ASI02", "NIST AI RMF MEASURE 2.7"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Read", "Bash(npm run test:*)", "Edit(src/**)", "mcp__github__get_issue"],
                    "ask": ["Bash"]
                  }
                }
                """),
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {"deny": ["WebFetch"]}
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": [
                      ↓"Bash",
                      "Read",
                      ↓"mcp__github",
                      "Edit(src/**)",
                      ↓"WebFetch"
                    ]
                  }
                }
                """),
            ExampleProject(".claude/settings.local.json", """
                {"permissions": {"allow": [↓"Bash(*)", ↓"Edit(**)", "Bash(git status)"]}}
                """),
        ])

    /// Tools that only read, which Claude Code runs without asking in every mode.
    static let readOnlyTools: Set<String> = ["Read", "Glob", "Grep", "LS", "NotebookRead", "TodoWrite"]

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.permissionSettings.settingsFiles.isEmpty else {
            return .notApplicable("no coding-agent settings files")
        }
        let allows = agent.permissionRules.filter { $0.decision == .allow }
        let blanket = allows.filter { $0.isBlanket && !NoBlanketAllowRules.readOnlyTools.contains($0.tool) }
        guard blanket.isEmpty else {
            let rules = blanket.map { "\"\($0.rule)\"" }.joined(separator: ", ")
            return .fail("allow rules \(rules) grant whole tools without asking",
                         evidence: blanket.map { Evidence("blanket allow \($0.rule)", at: $0.location) })
        }
        guard !allows.isEmpty else {
            return .pass("no allow rules: every action that needs approval is asked for")
        }
        return .pass("every allow rule is scoped",
                     evidence: allows.map { Evidence("allow \($0.rule)", at: $0.location) })
    }
}
