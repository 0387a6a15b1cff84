import PreflightCore

/// PF-PERM-002: the settings forbid bypassPermissions mode, so no one can switch approvals
/// off for a session.
struct BypassModeDisabled: Check {
    static let description = CheckDescription(
        id: "PF-PERM-002",
        title: "bypassPermissions mode is disabled",
        area: .permissions,
        severity: .medium,
        question: "Can someone switch off every approval for a session with a flag?",
        rationale: """
            Even when no settings file defaults to bypassPermissions, anyone can start Claude Code with \
            --dangerously-skip-permissions or pick the mode mid-session, and from then on nothing is asked. \
            Setting disableBypassPermissionsMode to "disable" removes that switch, so the project's \
            permission rules hold for every session.
            """,
        remediation: Remediation(
            "Set `permissions.disableBypassPermissionsMode` to `\"disable\"` in the shared `.claude/settings.json` (or in managed settings).",
            snippet: """
                {
                  "permissions": {
                    "disableBypassPermissionsMode": "disable"
                  }
                }
                """),
        references: ["OWASP LLM06", "NIST AI RMF GOVERN 1.4", "EU AI Act Art. 14"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)"],
                    "disableBypassPermissionsMode": "disable"
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  ↓"permissions": {
                    "allow": ["Bash(npm run test:*)"],
                    "defaultMode": "acceptEdits"
                  }
                }
                """),
            ExampleProject([
                (".claude/settings.json", """
                    ↓{
                      "env": {"CLAUDE_CODE_ENABLE_TELEMETRY": "1"}
                    }
                    """),
                (".claude/settings.local.json", """
                    {
                      "permissions": {"allow": ["Bash(make:*)"]}
                    }
                    """),
            ]),
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    ↓"disableBypassPermissionsMode": "enable"
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let settings = agent.permissionSettings
        guard let place = ClaudeSettingsPlace.forMissing(settings, preferring: [settings.permissionSections]) else {
            return .notApplicable("no coding-agent settings files")
        }
        let disabling = settings.disableBypassMode.filter { $0.value == "disable" }
        if !disabling.isEmpty {
            return .pass("bypassPermissions mode is disabled",
                         evidence: disabling.map { Evidence("disableBypassPermissionsMode disable", at: $0.location) })
        }
        if !settings.disableBypassMode.isEmpty {
            return .fail("disableBypassPermissionsMode is set, but not to \"disable\"",
                         evidence: settings.disableBypassMode.map {
                             Evidence("disableBypassPermissionsMode \($0.value)", at: $0.location)
                         })
        }
        return .fail("no settings file sets permissions.disableBypassPermissionsMode to \"disable\"",
                     evidence: [Evidence("add \"disableBypassPermissionsMode\": \"disable\" under permissions", at: place)])
    }
}
