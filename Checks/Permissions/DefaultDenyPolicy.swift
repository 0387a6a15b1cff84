import PreflightCore

/// PF-PERM-008: the manifest's policy refuses every tool call no rule allows.
///
/// Only `deny` passes: `ask` leaves every unlisted tool one click from running, which is
/// the approval fatigue default-deny exists to avoid.
struct DefaultDenyPolicy: Check {
    static let description = CheckDescription(
        id: "PF-PERM-008",
        title: "Policy denies tool calls by default",
        area: .permissions,
        severity: .high,
        question: "Is a tool call refused unless a rule explicitly allows it?",
        rationale: """
            Tools are added to agents faster than policies are reviewed. With a default of allow \
            (or no default), every new tool, or a tool an injected prompt talks the agent into, \
            runs with no rule ever having been written for it. Default deny makes the policy the \
            list of what the agent may do.
            """,
        remediation: Remediation(
            "Set the manifest's policies.default to deny and allow each tool the agent needs by name.",
            snippet: """
                policies:
                  default: deny
                  rules:
                    - tool: search_tickets
                      decision: allow
                    - tool: issue_refund
                      decision: ask
                """),
        references: ["OWASP ASI02", "OWASP LLM06", "NIST AI RMF GOVERN 1.4", "ISO/IEC 42001 A.9.2"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                policies:
                  default: deny
                  rules:
                    - tool: search_tickets
                      decision: allow
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                policies:
                  ↓default: allow
                  rules:
                    - tool: delete_ticket
                      decision: deny
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓policies:
                  rules:
                    - tool: search_tickets
                      decision: allow
                """),
            ExampleProject("preflight.yaml", """
                ↓apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                tools:
                  - name: search_tickets
                    effects: [reads_data]
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        ManifestFact.outcome(
            agent, agent.policy?.defaultDecision, section: agent.policy?.location, subject: "a default policy decision",
            missing: "the manifest's policy has no default decision, so unlisted tool calls are not refused"
        ) { decision in
            guard decision.value.lowercased() == "deny" else {
                return .fail("the policy's default decision is '\(decision.value)', so tools no rule names can still run",
                             evidence: [Evidence("default \(decision.value), not deny", at: decision.location)])
            }
            return .pass("tool calls no rule allows are denied", evidence: [Evidence("default: deny", at: decision.location)])
        }
    }
}
