import PreflightCore

/// PF-PERM-001: no coding-agent settings file starts the agent in a mode that skips every
/// approval.
struct NoBypassPermissionsMode: Check {
    static let description = CheckDescription(
        id: "PF-PERM-001",
        title: "Coding agent does not start in bypassPermissions mode",
        area: .permissions,
        severity: .critical,
        question: "Does every tool call still pass through the permission rules and a person's approval?",
        rationale: """
            In bypassPermissions mode Claude Code runs every shell command, edit and MCP tool call without \
            asking, so one injected instruction in a web page or issue is enough to delete files, push code \
            or send data away. Setting it as the default mode in a settings file turns it on for everyone \
            who opens the project, including the personal settings.local.json no one reviews.
            """,
        remediation: Remediation(
            "Use a mode that keeps approvals (`default`, `acceptEdits` or `plan`) and grant what the agent needs with allow rules.",
            snippet: """
                {
                  "permissions": {
                    "defaultMode": "default",
                    "allow": ["Bash(npm run test:*)", "Edit(src/**)"]
                  }
                }
                """),
        references: ["OWASP LLM06", "OWASP ASI02", "NIST AI RMF MAP 3.5", "EU AI Act Art. 14"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)", "Bash(npm run lint)"],
                    "defaultMode": "acceptEdits"
                  }
                }
                """),
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {"deny": ["Read(./.env*)"]},
                  "env": {"CLAUDE_CODE_ENABLE_TELEMETRY": "1"}
                }
                """),
        ],
        failingExamples: [
            ExampleProject([
                (".claude/settings.json", """
                    {
                      "permissions": {"defaultMode": "default"}
                    }
                    """),
                (".claude/settings.local.json", """
                    {
                      "permissions": {
                        ↓"defaultMode": "bypassPermissions"
                      }
                    }
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let settings = agent.permissionSettings
        guard !settings.settingsFiles.isEmpty else {
            return .notApplicable("no coding-agent settings files")
        }
        let bypass = settings.defaultModes.filter { $0.value == "bypassPermissions" }
        guard bypass.isEmpty else {
            return .fail("permissions.defaultMode is bypassPermissions: every tool call runs without approval",
                         evidence: bypass.map { Evidence("defaultMode bypassPermissions", at: $0.location) })
        }
        guard !settings.defaultModes.isEmpty else {
            return .pass("no settings file sets a default mode, so Claude Code asks before acting",
                         evidence: settings.settingsFiles.map { Evidence("no defaultMode", at: $0) })
        }
        let modes = settings.defaultModes.map(\.value).joined(separator: ", ")
        return .pass("default mode \(modes) keeps approvals",
                     evidence: settings.defaultModes.map { Evidence("defaultMode \($0.value)", at: $0.location) })
    }
}
