import PreflightCore

/// PF-PERM-011: each run of the agent stops after a bounded number of steps and a bounded
/// time.
struct IterationAndTimeLimits: Check {
    static let description = CheckDescription(
        id: "PF-PERM-011",
        title: "Runs are capped in steps and time",
        area: .permissions,
        severity: .medium,
        question: "Does every run of the agent stop after a set number of iterations and a set time?",
        rationale: """
            An agent loop that never reaches its goal keeps planning, calling tools and paying for \
            tokens until something outside stops it. A maximum number of iterations and a maximum \
            runtime turn a stuck or hijacked run into a bounded failure that can be reported.
            """,
        remediation: Remediation(
            "Set positive maxIterations and maxRuntimeSeconds under the manifest's policies.limits, and enforce them in the agent loop.",
            snippet: """
                policies:
                  default: deny
                  limits:
                    maxIterations: 25
                    maxRuntimeSeconds: 600
                """),
        references: ["OWASP LLM10", "OWASP ASI08", "NIST AI RMF MEASURE 2.6", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                policies:
                  default: deny
                  limits:
                    maxIterations: 25
                    maxRuntimeSeconds: 600
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                policies:
                  default: deny
                  ↓limits:
                    maxIterations: 25
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                policies:
                  default: deny
                  limits:
                    ↓maxIterations: 0
                    maxRuntimeSeconds: 900
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                ↓policies:
                  default: deny
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard let manifest = agent.manifests.first else {
            return .unknown("no evidence: no Preflight manifest declares iteration or runtime limits")
        }
        guard let policy = agent.policy else {
            return .fail("the manifest declares no policies, so runs have no iteration or time limit",
                         evidence: [Evidence("add policies.limits with maxIterations and maxRuntimeSeconds", at: manifest)])
        }
        let limits = [("maxIterations", policy.maxIterations), ("maxRuntimeSeconds", policy.maxRuntimeSeconds)]
        let missing = limits.filter { $0.1 == nil }.map(\.0)
        var gaps: [Evidence] = []
        if !missing.isEmpty {
            gaps.append(Evidence("add \(missing.joined(separator: " and ")) here", at: policy.limitsLocation ?? policy.location))
        }
        for (name, limit) in limits {
            if let limit, limit.value <= 0 {
                gaps.append(Evidence("\(name) \(limit.value) is no limit", at: limit.location))
            }
        }
        guard gaps.isEmpty, let iterations = policy.maxIterations, let runtime = policy.maxRuntimeSeconds else {
            return .fail("runs are not capped: \(gaps.map(\.note).joined(separator: "; "))", evidence: gaps)
        }
        return .pass("runs stop after \(iterations.value) iterations or \(runtime.value) seconds",
                     evidence: [Evidence("maxIterations", at: iterations.location), Evidence("maxRuntimeSeconds", at: runtime.location)])
    }
}
