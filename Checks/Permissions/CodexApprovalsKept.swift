import PreflightCore

/// PF-PERM-012: Codex keeps asking before it steps outside its sandbox: no
/// `approval_policy = "never"`, at the top level or in any profile.
struct CodexApprovalsKept: Check {
    static let description = CheckDescription(
        id: "PF-PERM-012",
        title: "Codex keeps asking for approval",
        area: .permissions,
        severity: .high,
        question: "Does a person still approve what Codex does beyond its sandbox, in every profile?",
        rationale: """
            With `approval_policy = "never"` Codex never stops to ask: a command that fails in the sandbox is \
            not escalated, and whatever the sandbox allows happens unseen. A profile that sets it is one \
            `--profile` away from every session. Keeping approvals (`untrusted`, `on-request`) puts a person \
            between an injected instruction and an action outside the workspace.
            """,
        remediation: Remediation(
            "Use `on-request` or `untrusted` everywhere; for unattended runs, use a read-only sandbox in CI rather than turning approvals off on developer machines.",
            snippet: """
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"

                [profiles.review]
                approval_policy = "untrusted"
                sandbox_mode = "read-only"
                """),
        references: ["OWASP ASI09", "OWASP LLM06", "NIST AI RMF MAP 3.5", "EU AI Act Art. 14"],
        passingExamples: [
            ExampleProject(".codex/config.toml", """
                model = "gpt-5-codex"
                approval_policy = "on-request"

                [profiles.review]
                approval_policy = "untrusted"
                sandbox_mode = "read-only"
                """),
        ],
        failingExamples: [
            ExampleProject(".codex/config.toml", """
                model = "gpt-5-codex"
                ↓approval_policy = "never"
                sandbox_mode = "workspace-write"
                """),
            ExampleProject(".codex/config.toml", """
                approval_policy = "on-request"

                [profiles.autopilot]
                ↓approval_policy = "never"
                sandbox_mode = "workspace-write"
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.codex.configurations.isEmpty else {
            return .notApplicable("no Codex configuration")
        }
        let policies = agent.permissionSettings.approvalPolicies
        let never = policies.filter { $0.value == "never" }
        guard never.isEmpty else {
            return .fail("Codex is set never to ask for approval",
                         evidence: never.map { Evidence("approval_policy never", at: $0.location) })
        }
        guard !policies.isEmpty else {
            return .pass("approval_policy not set: Codex asks for approval by default",
                         evidence: agent.codex.configurations.map { Evidence("no approval_policy", at: $0) })
        }
        return .pass("Codex asks for approval in every profile",
                     evidence: policies.map { Evidence("approval_policy \($0.value)", at: $0.location) })
    }
}
