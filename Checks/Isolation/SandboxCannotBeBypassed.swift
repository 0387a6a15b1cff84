import PreflightCore

/// PF-ISO-012: Claude Code's sandbox has no escape hatch and does not fall back to running
/// unsandboxed.
struct SandboxCannotBeBypassed: Check {
    static let description = CheckDescription(
        id: "PF-ISO-012",
        title: "Claude Code's sandbox cannot be bypassed",
        area: .isolation,
        severity: .medium,
        question: "Can a command leave Claude Code's sandbox, or run without it when the sandbox cannot start?",
        rationale: """
            allowUnsandboxedCommands defaults to true: when a command fails inside the sandbox, the agent \
            may retry it outside with dangerouslyDisableSandbox, which is exactly what an injected \
            instruction would ask for. failIfUnavailable defaults to false, so on a machine where the \
            sandbox cannot start, commands quietly run on the host. Both must be set for the sandbox to \
            be a boundary rather than a suggestion.
            """,
        remediation: Remediation(
            "Set `allowUnsandboxedCommands` to false and `failIfUnavailable` to true; list the few commands that must run outside in `excludedCommands`.",
            snippet: """
                {
                  "sandbox": {
                    "enabled": true,
                    "failIfUnavailable": true,
                    "allowUnsandboxedCommands": false,
                    "excludedCommands": ["docker"]
                  }
                }
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.6", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "sandbox": {
                    "enabled": true,
                    "failIfUnavailable": true,
                    "allowUnsandboxedCommands": false,
                    "network": {"allowedDomains": ["registry.npmjs.org", "github.com"]}
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "sandbox": {
                    "enabled": true,
                    ↓"failIfUnavailable": false,
                    ↓"allowUnsandboxedCommands": true
                  }
                }
                """),
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {"allow": ["Bash(npm run test:*)"]},
                  ↓"sandbox": {"enabled": true, "autoAllowBashIfSandboxed": true}
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let sandboxes = agent.sandboxes.filter { $0.coversShellCommandsOnly && $0.enabled?.value == true }
        guard !sandboxes.isEmpty else {
            return .notApplicable("no Claude Code sandbox is enabled")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for sandbox in sandboxes {
            if let escape = sandbox.allowUnsandboxedCommands, !escape.value {
                shown.append(Evidence("allowUnsandboxedCommands false", at: escape.location))
            } else {
                let note = sandbox.allowUnsandboxedCommands == nil
                    ? "allowUnsandboxedCommands not set (defaults to true)" : "allowUnsandboxedCommands true"
                gaps.append(Evidence(note, at: sandbox.allowUnsandboxedCommands?.location ?? sandbox.location))
            }
            if let strict = sandbox.failIfUnavailable, strict.value {
                shown.append(Evidence("failIfUnavailable true", at: strict.location))
            } else {
                let note = sandbox.failIfUnavailable == nil
                    ? "failIfUnavailable not set (defaults to false)" : "failIfUnavailable false"
                gaps.append(Evidence(note, at: sandbox.failIfUnavailable?.location ?? sandbox.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("commands can run outside Claude Code's sandbox", evidence: gaps)
        }
        return .pass("the sandbox has no escape hatch and refuses to run without isolation", evidence: shown)
    }
}
