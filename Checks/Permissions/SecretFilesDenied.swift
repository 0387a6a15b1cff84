import PreflightCore

/// PF-PERM-004: deny rules keep the coding agent from reading `.env` files and SSH keys.
struct SecretFilesDenied: Check {
    static let description = CheckDescription(
        id: "PF-PERM-004",
        title: "Reading .env files and ~/.ssh is denied",
        area: .permissions,
        severity: .medium,
        question: "Can the agent read the project's .env files and the user's SSH keys?",
        rationale: """
            Claude Code reads files without asking, so unless a deny rule says otherwise the secrets in \
            .env files and the keys in ~/.ssh can end up in the model's context, in logs, or in a request \
            an injected prompt asks for. Deny rules win over every allow and ask rule, in every settings file.
            """,
        remediation: Remediation(
            "Add Read deny rules for `.env` files and `~/.ssh` to the shared `.claude/settings.json`.",
            snippet: """
                {
                  "permissions": {
                    "deny": ["Read(./.env)", "Read(./.env.*)", "Read(~/.ssh/**)"]
                  }
                }
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.10"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)"],
                    "deny": ["Read(./.env*)", "Read(~/.ssh/**)", "Bash(curl:*)"]
                  }
                }
                """),
            ExampleProject([
                (".claude/settings.json", """
                    {"permissions": {"deny": ["Read(**/.env)", "Read(**/.env.*)"]}}
                    """),
                ("managed-settings.json", """
                    {"permissions": {"deny": ["Read(~/.ssh)", "Read(~/.ssh/**)"]}}
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)"],
                    ↓"deny": ["Read(./.env*)"]
                  }
                }
                """),
            ExampleProject(".claude/settings.json", """
                {
                  ↓"permissions": {
                    "allow": ["Bash(npm run test:*)"]
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let settings = agent.permissionSettings
        guard let place = ClaudeSettingsPlace.forMissing(settings, preferring: [settings.denyLists, settings.permissionSections])
        else {
            return .notApplicable("no coding-agent settings files")
        }
        let envRules = agent.permissionRules.filter { SecretFilesDenied.deniesReading($0, ".env") }
        let sshRules = agent.permissionRules.filter { SecretFilesDenied.deniesReading($0, ".ssh") }
        let missing = [envRules.isEmpty ? ".env files" : nil, sshRules.isEmpty ? "~/.ssh" : nil].compactMap { $0 }
        guard missing.isEmpty else {
            let what = missing.joined(separator: " and ")
            return .fail("no deny rule keeps the agent from reading \(what)",
                         evidence: [Evidence("add Read deny rules for \(what)", at: place)])
        }
        return .pass("reading .env files and ~/.ssh is denied",
                     evidence: (envRules + sshRules).map { Evidence("deny \($0.rule)", at: $0.location) })
    }

    /// Whether `rule` denies reading paths that hold `fragment` (or every path).
    static func deniesReading(_ rule: PermissionRule, _ fragment: String) -> Bool {
        guard rule.decision == .deny, rule.tool == "Read" else { return false }
        return rule.isBlanket || rule.specifier?.containsASCII(fragment) == true
    }
}
