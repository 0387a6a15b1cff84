import PreflightCore

/// PF-PERM-010: the policy caps how fast and how expensively the agent can run.
struct RateAndBudgetLimits: Check {
    static let description = CheckDescription(
        id: "PF-PERM-010",
        title: "Policy sets rate limits and a budget",
        area: .permissions,
        severity: .medium,
        question: "Is there a ceiling on how many calls the agent makes and how much it can spend?",
        rationale: """
            An agent in a retry loop, or one steered by injected content into calling tools and \
            models over and over, runs up cost and load with nobody watching. Rate limits stop the \
            burst; a budget stops the slow leak. Both belong in the declared policy so they are \
            reviewed with the rest of it.
            """,
        remediation: Remediation(
            "Declare rateLimits and budget under the manifest's policies.",
            snippet: """
                policies:
                  default: deny
                  rateLimits:
                    toolCallsPerMinute: 30
                    modelCallsPerMinute: 60
                  budget:
                    maxTokensPerRun: 200000
                    maxUsdPerDay: 50
                """),
        references: ["OWASP LLM10", "OWASP ASI08", "NIST AI RMF MANAGE 2.4"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                policies:
                  default: deny
                  rateLimits:
                    toolCallsPerMinute: 30
                  budget:
                    maxUsdPerDay: 25
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                ↓policies:
                  default: deny
                  rateLimits:
                    toolCallsPerMinute: 30
                """),
            ExampleProject("preflight.yaml", """
                ↓apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard let manifest = agent.manifests.first else {
            return .unknown("no evidence: no Preflight manifest declares rate limits or a budget")
        }
        guard let policy = agent.policy else {
            return .fail("the manifest declares no policies, so nothing limits call rate or spend",
                         evidence: [Evidence("add policies with rateLimits and budget", at: manifest)])
        }
        let missing = [policy.rateLimit == nil ? "rateLimits" : nil, policy.budget == nil ? "budget" : nil].compactMap { $0 }
        guard missing.isEmpty, let rateLimit = policy.rateLimit, let budget = policy.budget else {
            return .fail("the policy sets no \(missing.joined(separator: " and ")), so consumption is unbounded",
                         evidence: [Evidence("add \(missing.joined(separator: " and ")) here", at: policy.location)])
        }
        return .pass("rate limits (\(rateLimit.value)) and budget (\(budget.value)) are set",
                     evidence: [Evidence("rateLimits", at: rateLimit.location), Evidence("budget", at: budget.location)])
    }
}
