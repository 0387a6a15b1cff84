import PreflightCore

/// PF-GOV-005: the manifest declares the agent's risk tier, in a known scale, and the
/// classification of the data it handles.
///
/// Tiers are the common internal scale (`low`, `medium`, `high`, `critical`) or the EU AI
/// Act's (`minimal`, `limited`, `high`, `unacceptable`). `unacceptable` fails: such systems
/// are prohibited and cannot launch.
struct RiskTierAndDataClassification: Check {
    /// The risk tiers Preflight knows, on either scale.
    static let knownTiers = ["minimal", "low", "limited", "medium", "high", "critical", "unacceptable"]

    /// The tier that prohibits launch.
    static let prohibitedTier = "unacceptable"

    static let description = CheckDescription(
        id: "PF-GOV-005",
        title: "Risk tier and data classification are declared",
        area: .governance,
        severity: .medium,
        question: "How risky is this agent judged to be, and how sensitive is the data it handles?",
        rationale: """
            How much review, oversight and logging an agent needs depends on its risk tier and on the data it \
            touches; without them, every other control is sized by guesswork. Declaring both in the manifest \
            puts the agent in the organisation's AI inventory and lets reviewers check that the controls match \
            the tier. An agent at the EU AI Act's unacceptable tier is prohibited outright.
            """,
        remediation: Remediation(
            "Assess the agent's risk tier and the classification of the data it handles, and declare both.",
            snippet: """
                governance:
                  riskTier: high
                  dataClassification: confidential
                """),
        references: ["NIST AI RMF GOVERN 1.6", "NIST AI RMF MAP 1.1", "ISO/IEC 42001 A.5", "NIST AI RMF MEASURE 2.10"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                governance:
                  riskTier: high
                  dataClassification: confidential
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                governance:
                  riskTier: Limited
                  dataClassification: internal
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                governance:
                  ↓riskTier: moderate
                  dataClassification: confidential
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                ↓governance:
                  riskTier: high
                  killSwitch: flag:agents.invoice-reader.enabled
                """),
            ExampleProject("agents/hiring-screen/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: hiring-screen
                  version: 0.1.0
                governance:
                  ↓riskTier: unacceptable
                  dataClassification: restricted
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest, let governance = agent.governance else {
            return .unknown("no evidence: no Preflight manifest declares the agent's risk tier and data classification")
        }
        let section = governance.section ?? governance.location
        var gaps: [Evidence] = []
        let missing = [governance.riskTier == nil ? "riskTier" : nil, governance.dataClassification == nil ? "dataClassification" : nil]
            .compactMap { $0 }
        if !missing.isEmpty {
            gaps.append(Evidence("add \(missing.joined(separator: " and ")) under governance", at: section))
        }
        if let tier = governance.riskTier {
            let value = tier.value.lowercased()
            if value == RiskTierAndDataClassification.prohibitedTier {
                gaps.append(Evidence("riskTier unacceptable: prohibited, cannot launch", at: tier.location))
            } else if !RiskTierAndDataClassification.knownTiers.contains(value) {
                let known = RiskTierAndDataClassification.knownTiers.joined(separator: ", ")
                gaps.append(Evidence("riskTier \(tier.value) is not a known tier (known: \(known))", at: tier.location))
            }
        }
        guard gaps.isEmpty, let tier = governance.riskTier, let classification = governance.dataClassification else {
            return .fail("the agent's risk tier or data classification is missing or not usable", evidence: gaps)
        }
        return .pass("risk tier \(tier.value), handling \(classification.value) data",
                     evidence: [Evidence("riskTier: \(tier.value)", at: tier.location),
                                Evidence("dataClassification: \(classification.value)", at: classification.location)])
    }
}
