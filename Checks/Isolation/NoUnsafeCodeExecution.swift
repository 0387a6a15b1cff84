import PreflightCore

/// PF-ISO-014: code an agent writes never runs on the host unsandboxed: no CrewAI
/// `unsafe` code execution, no Codex `danger-full-access`, no Docker Agent shell outside
/// its sandbox.
struct NoUnsafeCodeExecution: Check {
    static let description = CheckDescription(
        id: "PF-ISO-014",
        title: "Agent-written code never runs unsandboxed on the host",
        area: .isolation,
        severity: .critical,
        question: "When the agent writes and runs code or shell commands, does that happen inside a sandbox?",
        rationale: """
            Code an agent writes is steered by everything it reads, so one injected instruction becomes a \
            command on the machine. CrewAI's `code_execution_mode: unsafe`, Codex's `danger-full-access` and a \
            Docker Agent `shell` toolset outside `runtime.sandbox` all run it with the user's files, network and \
            credentials. A container or OS sandbox keeps a bad command to a disposable workspace.
            """,
        remediation: Remediation(
            "Keep CrewAI code execution in `safe` mode (Docker), Codex in `workspace-write` or `read-only`, and run Docker Agent shells in its sandbox.",
            snippet: """
                # src/research_crew/config/agents.yaml
                analyst:
                  allow_code_execution: true
                  code_execution_mode: safe

                # .codex/config.toml
                sandbox_mode = "workspace-write"

                # agent.yaml (Docker Agent)
                runtime:
                  sandbox: true
                """),
        references: ["OWASP ASI05", "OWASP LLM06", "NIST AI RMF MEASURE 2.6", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject([
                ("src/research_crew/config/agents.yaml", """
                    analyst:
                      role: Data analyst
                      goal: Chart the quarter's figures
                      backstory: Writes careful pandas code.
                      allow_code_execution: true
                      code_execution_mode: safe
                    """),
                (".codex/config.toml", """
                    approval_policy = "on-request"
                    sandbox_mode = "workspace-write"
                    """),
                ("agent.yaml", """
                    agents:
                      root:
                        model: anthropic/claude-sonnet-4-5
                        instruction: Keep the build green.
                        toolsets:
                          - type: shell
                    runtime:
                      sandbox: true
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject("src/research_crew/config/agents.yaml", """
                analyst:
                  role: Data analyst
                  goal: Chart the quarter's figures
                  backstory: Writes quick scripts.
                  allow_code_execution: true
                  ↓code_execution_mode: unsafe
                """),
            ExampleProject(".codex/config.toml", """
                sandbox_mode = "workspace-write"

                [profiles.fast]
                ↓sandbox_mode = "danger-full-access"
                """),
            ExampleProject("ops/agent.yaml", """
                agents:
                  root:
                    model: anthropic/claude-sonnet-4-5
                    instruction: Fix failing deployments.
                    toolsets:
                      - type: filesystem
                      - ↓type: shell
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for declared in agent.frameworkAgents {
            guard let allowed = declared.codeExecution.allowed, allowed.value else { continue }
            switch declared.framework {
            case .crewAI:
                if let mode = declared.codeExecution.mode, mode.value.lowercased() == "unsafe" {
                    gaps.append(Evidence("CrewAI agent \(declared.name) runs its code on the host (unsafe mode)", at: mode.location))
                } else {
                    shown.append(Evidence("CrewAI agent \(declared.name) runs its code in Docker (safe mode)",
                                          at: declared.codeExecution.mode?.location ?? allowed.location))
                }
            case .dockerAgent, .adk:
                if let sandboxed = declared.codeExecution.sandboxed, sandboxed.value {
                    shown.append(Evidence("\(declared.framework.rawValue) agent \(declared.name) runs its shell in a sandbox",
                                          at: sandboxed.location))
                } else {
                    gaps.append(Evidence("\(declared.framework.rawValue) agent \(declared.name) has a shell on the host (no runtime.sandbox)",
                                         at: allowed.location))
                }
            }
        }
        let codex = agent.codex
        for mode in codex.sandboxModes {
            if mode.value == "danger-full-access" {
                gaps.append(Evidence("Codex sandbox_mode danger-full-access: commands run unsandboxed", at: mode.location))
            } else {
                shown.append(Evidence("Codex sandbox_mode \(mode.value)", at: mode.location))
            }
        }
        if codex.sandboxModes.isEmpty {
            shown += codex.configurations.map { Evidence("no sandbox_mode: Codex's default sandbox applies", at: $0) }
        }
        guard gaps.isEmpty else {
            return .fail("agent-written code can run on the host without a sandbox", evidence: gaps)
        }
        guard !shown.isEmpty else {
            return .notApplicable("no agent framework or coding agent here runs code it writes")
        }
        return .pass("agent-written code runs sandboxed", evidence: shown)
    }
}
