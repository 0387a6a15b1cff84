import PreflightCore

/// PF-SC-006: every model the agent runs is pinned to a fixed version or snapshot.
///
/// A model is pinned by a `version` that is not a floating alias (`latest`, `stable`), or,
/// with no `version`, by a dated snapshot in its name (`gpt-4o-2024-08-06`,
/// `claude-sonnet-4-5-20250929`). Unknown when nothing declares a model: every agent runs
/// one, so none declared means undeclared, not absent.
struct ModelVersionPinned: Check {
    static let description = CheckDescription(
        id: "PF-SC-006",
        title: "Models are pinned to a version",
        area: .supplyChain,
        severity: .medium,
        question: "Is every model the agent runs pinned to a fixed version or snapshot?",
        rationale: """
            A floating model alias is repointed by the provider without notice, and the agent's \
            behaviour, refusals and tool use change with it. Evaluations, approvals and incident \
            reviews describe one model; pinning keeps production on that model until a change is \
            made on purpose.
            """,
        remediation: Remediation(
            "Name a dated snapshot or an exact version for each model in the manifest, and change it only through review.",
            snippet: """
                model:
                  name: claude-sonnet-4-5
                  version: "20250929"
                """),
        references: ["OWASP ASI04", "OWASP LLM03", "NIST AI RMF MANAGE 3.2", "ISO/IEC 42001 A.10.3"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                model:
                  name: claude-sonnet-4-5
                  version: "20250929"
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reconciler
                  version: 0.9.0
                models:
                  - name: gpt-4o-2024-08-06
                  - name: text-embedding-3-large
                    version: "1"
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                model:
                  name: claude-sonnet-4-5
                  ↓version: latest
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reconciler
                  version: 0.9.0
                models:
                  - ↓name: gpt-4o
                  - name: text-embedding-3-large
                    version: "1"
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                model: ↓gemini-2.5-pro
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let models = agent.artefacts.filter { $0.kind == "model" }
        guard !models.isEmpty else {
            return .unknown("no evidence: \(agent.hasManifest ? "the manifest does not declare" : "nothing declares") which model the agent runs")
        }
        var pinned: [Evidence] = []
        var floating: [Evidence] = []
        for model in models {
            if let version = model.version {
                if model.isPinned {
                    pinned.append(Evidence("\(model.name) version \(version.value)", at: version.location))
                } else {
                    floating.append(Evidence("\(model.name) version '\(version.value)' floats", at: version.location))
                }
            } else if ModelVersionPinned.namesSnapshot(model.name) {
                pinned.append(Evidence("\(model.name) is a dated snapshot", at: model.location))
            } else {
                floating.append(Evidence("\(model.name) names no version or snapshot", at: model.location))
            }
        }
        guard floating.isEmpty else {
            return .fail("\(floating.count) model(s) are not pinned, so the provider can change them underneath the agent",
                         evidence: floating)
        }
        return .pass("every model is pinned: \(pinned.map(\.note).joined(separator: "; "))", evidence: pinned)
    }

    /// Whether a model name carries a dated snapshot (`20250929`, `2024-08-06`) and is not
    /// a `-latest` alias.
    static func namesSnapshot(_ name: String) -> Bool {
        guard !name.lowercased().hasSuffix("latest") else { return false }
        let numbers = name.split(whereSeparator: { !$0.isASCII || !$0.isNumber }).map(String.init)
        let isYear = { (text: String) in text.hasPrefix("19") || text.hasPrefix("20") }
        if numbers.contains(where: { $0.count == 8 && isYear($0) }) { return true }
        return numbers.indices.dropLast(2).contains { index in
            numbers[index].count == 4 && isYear(numbers[index]) && numbers[index + 1].count == 2 && numbers[index + 2].count == 2
        }
    }
}
