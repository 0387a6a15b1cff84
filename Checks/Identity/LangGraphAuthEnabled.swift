import PreflightCore

/// PF-ID-010: a LangGraph deployment authenticates its callers with a custom auth
/// handler, and does not let LangGraph Studio around it.
struct LangGraphAuthEnabled: Check {
    static let description = CheckDescription(
        id: "PF-ID-010",
        title: "LangGraph deployment authenticates its callers",
        area: .identity,
        severity: .high,
        question: "Does the LangGraph server check who is calling before it runs a graph or returns a thread?",
        rationale: """
            Without `auth.path`, a self-hosted LangGraph server serves every graph, thread and stored memory to \
            anyone who can reach it, and nothing ties a run to a user. The custom auth handler is where callers \
            are authenticated and scoped to their own threads. `disable_studio_auth: true` lets LangGraph Studio \
            connections skip that handler.
            """,
        remediation: Remediation(
            "Point `auth.path` at an authentication handler and leave `disable_studio_auth` unset (false).",
            snippet: """
                {
                  "dependencies": ["."],
                  "graphs": {"support": "./src/support/graph.py:graph"},
                  "auth": {"path": "./src/support/auth.py:auth"}
                }
                """),
        references: ["OWASP ASI03", "OWASP ASI07", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject("langgraph.json", """
                {
                  "dependencies": ["."],
                  "graphs": {"support": "./src/support/graph.py:graph"},
                  "env": ".env",
                  "auth": {"path": "./src/support/auth.py:auth"},
                  "python_version": "3.12"
                }
                """),
        ],
        failingExamples: [
            ExampleProject("langgraph.json", """
                {
                  "dependencies": ["."],
                  ↓"graphs": {"support": "./src/support/graph.py:graph"},
                  "env": ".env"
                }
                """),
            ExampleProject("apps/triage/langgraph.json", """
                {
                  "dependencies": ["."],
                  "graphs": {"triage": "./triage/graph.py:graph"},
                  "auth": {"path": "./triage/auth.py:auth", ↓"disable_studio_auth": true}
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.langGraphDeployments.isEmpty else {
            return .notApplicable("no langgraph.json")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for deployment in agent.langGraphDeployments {
            if let path = deployment.authPath {
                shown.append(Evidence("auth handler \(path.value)", at: path.location))
            } else {
                gaps.append(Evidence("no auth.path: every graph is served to anyone who can reach it",
                                     at: deployment.authSection ?? deployment.graphsKey ?? deployment.location))
            }
            if let studio = deployment.disableStudioAuth, studio.value {
                gaps.append(Evidence("disable_studio_auth: Studio connections skip the handler", at: studio.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("the LangGraph deployment does not authenticate every caller", evidence: gaps)
        }
        return .pass("the LangGraph deployment authenticates callers with a custom handler", evidence: shown)
    }
}
