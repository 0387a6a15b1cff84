import PreflightCore

/// PF-PERM-013: every agent declared in an agent framework's configuration has a bound on
/// how long it can run.
///
/// What counts, per framework:
/// - CrewAI: `max_execution_time` set to a positive number of seconds (the only
///   wall-clock bound; none by default). `max_iter` defaults to 20, so it is judged only
///   when written: above 50 fails.
/// - Docker Agent: `max_iterations` set, from 1 to 50 (unlimited by default; it has no
///   time limit).
/// - Google ADK: a `LoopAgent` must set `max_iterations`, from 1 to 50 (it loops until a
///   sub-agent escalates otherwise). Other ADK agents are not judged: the runner bounds
///   their model calls (`RunConfig.max_llm_calls`), which is not in their file.
struct FrameworkAgentsBounded: Check {
    /// The most iterations a written cap may allow before it stops being a bound.
    static let iterationCeiling = 50

    static let description = CheckDescription(
        id: "PF-PERM-013",
        title: "Framework agents have run limits",
        area: .permissions,
        severity: .medium,
        question: "Does every CrewAI, Docker Agent and ADK loop agent stop after a bounded time or number of steps?",
        rationale: """
            An agent that loops on a failing tool, or is talked into an endless task, keeps calling models and \
            tools until someone notices the bill or the damage. CrewAI has no time limit unless \
            `max_execution_time` is set, Docker Agent iterates without limit unless `max_iterations` is set, \
            and an ADK LoopAgent without `max_iterations` loops until a sub-agent escalates. An iteration cap \
            raised far above the default (over 50) no longer bounds anything.
            """,
        remediation: Remediation(
            "Set a time limit on every CrewAI agent and an iteration cap of at most 50 on Docker Agent agents and ADK loop agents.",
            snippet: """
                # src/research_crew/config/agents.yaml
                researcher:
                  role: Senior data researcher
                  max_iter: 15
                  max_execution_time: 300   # seconds

                # agent.yaml (Docker Agent)
                agents:
                  root:
                    max_iterations: 20
                """),
        references: ["OWASP LLM10", "OWASP ASI08", "NIST AI RMF MANAGE 2.4", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject([
                ("src/research_crew/config/agents.yaml", """
                    researcher:
                      role: Senior data researcher
                      goal: Uncover developments in {topic}
                      backstory: A seasoned researcher.
                      max_iter: 15
                      max_execution_time: 300
                    reporting_analyst:
                      role: Reporting analyst
                      goal: Turn findings into a report
                      backstory: Meticulous.
                      max_execution_time: 600
                    """),
                ("agent.yaml", """
                    agents:
                      root:
                        model: anthropic/claude-sonnet-4-5
                        instruction: Triage new issues.
                        max_iterations: 20
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject("src/research_crew/config/agents.yaml", """
                ↓researcher:
                  role: Senior data researcher
                  goal: Uncover developments in {topic}
                  backstory: A seasoned researcher.
                reporting_analyst:
                  role: Reporting analyst
                  goal: Turn findings into a report
                  backstory: Meticulous.
                  ↓max_iter: 200
                  max_execution_time: 600
                """),
            ExampleProject("agent.yaml", """
                agents:
                  ↓root:
                    model: anthropic/claude-sonnet-4-5
                    instruction: Keep the build green.
                    sub_agents: [fixer]
                  fixer:
                    model: anthropic/claude-sonnet-4-5
                    instruction: Fix one failing test.
                    ↓max_iterations: 500
                """),
            ExampleProject("tutor/code_review_agent.yaml", """
                agent_class: LoopAgent
                ↓name: code_review_loop
                sub_agents:
                  - config_path: reviewer_agent.yaml
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let judged = agent.frameworkAgents.filter { $0.framework != .adk || $0.agentClass?.value == "LoopAgent" }
        guard !judged.isEmpty else {
            return .notApplicable(agent.frameworkAgents.isEmpty
                ? "no agent-framework agents"
                : "only ADK agents whose model calls the runner bounds (max_llm_calls)")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for declared in judged {
            let label = "\(declared.framework.rawValue) agent \(declared.name)"
            if declared.framework == .crewAI {
                if let limit = declared.maxExecutionTimeSeconds, limit.value > 0 {
                    shown.append(Evidence("\(label): max_execution_time \(limit.value)s", at: limit.location))
                } else {
                    gaps.append(Evidence("\(label) has no max_execution_time (no time limit by default)",
                                         at: declared.maxExecutionTimeSeconds?.location ?? declared.location))
                }
                if let iterations = declared.maxIterations, iterations.value > FrameworkAgentsBounded.iterationCeiling {
                    gaps.append(Evidence("\(label): max_iter \(iterations.value), over \(FrameworkAgentsBounded.iterationCeiling)",
                                         at: iterations.location))
                }
                continue
            }
            guard let iterations = declared.maxIterations else {
                gaps.append(Evidence("\(label) has no max_iterations (unlimited by default)", at: declared.location))
                continue
            }
            if iterations.value > 0 && iterations.value <= FrameworkAgentsBounded.iterationCeiling {
                shown.append(Evidence("\(label): max_iterations \(iterations.value)", at: iterations.location))
            } else {
                gaps.append(Evidence("\(label): max_iterations \(iterations.value) does not bound the loop", at: iterations.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("agent-framework agents can run without a bound", evidence: gaps)
        }
        return .pass("every agent-framework agent has a run limit", evidence: shown)
    }
}
