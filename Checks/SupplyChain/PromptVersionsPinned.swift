import PreflightCore

/// PF-SC-007: every prompt the agent runs with is pinned to a version.
///
/// Unknown when no prompt is declared: every agent runs with at least a system prompt, so
/// none declared means undeclared, not absent.
struct PromptVersionsPinned: Check {
    static let description = CheckDescription(
        id: "PF-SC-007",
        title: "Prompts are pinned to a version",
        area: .supplyChain,
        severity: .low,
        question: "Is every prompt the agent runs with pinned to a version?",
        rationale: """
            A system prompt changes what the agent will do as much as its code does, and prompts \
            pulled from a registry by label can change between two runs. Pinned prompt versions let \
            a trace or an incident be matched to the exact instructions the agent had.
            """,
        remediation: Remediation(
            "Declare each prompt in the manifest with a fixed version (a number or a content hash), not latest.",
            snippet: """
                prompts:
                  - name: triage-system
                    version: "14"
                  - name: refund-policy
                    version: sha256:9f2c51e07d
                """),
        references: ["OWASP ASI04", "OWASP ASI01", "NIST AI RMF MANAGE 4.1", "ISO/IEC 42001 A.6.2.5"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                prompts:
                  - name: triage-system
                    version: "14"
                  - name: escalation-summary
                    version: 3.1.0
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                prompts:
                  - name: triage-system
                    ↓version: production
                  - ↓name: escalation-summary
                    path: prompts/escalation.md
                """),
        ])

    /// Labels that name whichever version is current, not one version.
    private static let floatingLabels: Set<String> = ["production", "prod", "staging", "dev"]

    func evaluate(_ agent: Agent) -> Outcome {
        let prompts = agent.artefacts.filter { $0.kind == "prompt" }
        guard !prompts.isEmpty else {
            return .unknown("no evidence: \(agent.hasManifest ? "the manifest does not declare" : "nothing declares") the agent's prompts")
        }
        var pinned: [Evidence] = []
        var floating: [Evidence] = []
        for prompt in prompts {
            guard let version = prompt.version else {
                floating.append(Evidence("\(prompt.name) has no version", at: prompt.location))
                continue
            }
            if prompt.isPinned, !PromptVersionsPinned.floatingLabels.contains(version.value.lowercased()) {
                pinned.append(Evidence("\(prompt.name) version \(version.value)", at: version.location))
            } else {
                floating.append(Evidence("\(prompt.name) version '\(version.value)' is a moving label", at: version.location))
            }
        }
        guard floating.isEmpty else {
            return .fail("\(floating.count) prompt(s) are not pinned to a version", evidence: floating)
        }
        return .pass("every prompt is pinned: \(pinned.map(\.note).joined(separator: "; "))", evidence: pinned)
    }
}
