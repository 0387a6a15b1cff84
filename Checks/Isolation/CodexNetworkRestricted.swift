import PreflightCore

/// PF-ISO-015: Codex's sandbox keeps the commands it runs off the network.
struct CodexNetworkRestricted: Check {
    static let description = CheckDescription(
        id: "PF-ISO-015",
        title: "Codex's sandbox keeps commands off the network",
        area: .isolation,
        severity: .medium,
        question: "Can a command Codex runs reach the network, to fetch a payload or send the workspace away?",
        rationale: """
            Codex's workspace-write sandbox blocks network access unless `network_access = true` opens it, and \
            `danger-full-access` has no sandbox at all. With the network open, one injected instruction can \
            download and run a payload, or post source code and tokens from the workspace to any host. Keeping \
            it off limits a hijacked session to the local workspace.
            """,
        remediation: Remediation(
            "Leave `network_access` off in `[sandbox_workspace_write]` (and in every profile); allow package registries through a proxy if builds need them.",
            snippet: """
                sandbox_mode = "workspace-write"

                [sandbox_workspace_write]
                network_access = false
                """),
        references: ["OWASP ASI05", "OWASP LLM02", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".codex/config.toml", """
                approval_policy = "on-request"
                sandbox_mode = "workspace-write"

                [sandbox_workspace_write]
                network_access = false
                """),
        ],
        failingExamples: [
            ExampleProject(".codex/config.toml", """
                sandbox_mode = "workspace-write"

                [sandbox_workspace_write]
                ↓network_access = true
                """),
            ExampleProject("services/api/.codex/config.toml", """
                sandbox_mode = "read-only"

                [profiles.release]
                ↓sandbox_mode = "danger-full-access"
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let codex = agent.codex
        guard !codex.configurations.isEmpty else {
            return .notApplicable("no Codex configuration")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for access in codex.networkAccess {
            if access.value {
                gaps.append(Evidence("network_access true: commands reach any host", at: access.location))
            } else {
                shown.append(Evidence("network_access false", at: access.location))
            }
        }
        for mode in codex.sandboxModes where mode.value == "danger-full-access" {
            gaps.append(Evidence("danger-full-access: no sandbox, network unrestricted", at: mode.location))
        }
        guard gaps.isEmpty else {
            return .fail("commands Codex runs can reach the network", evidence: gaps)
        }
        if shown.isEmpty {
            shown = codex.configurations.map { Evidence("network_access not set (off by default)", at: $0) }
        }
        return .pass("Codex's sandbox keeps commands off the network", evidence: shown)
    }
}
