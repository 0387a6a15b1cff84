import PreflightCore

/// PF-GOV-006: the manifest's `metadata.description` states what the agent is for, in at
/// least a few words.
struct IntendedPurposeDocumented: Check {
    /// The fewest words a description needs to state a purpose.
    static let fewestWords = 5

    static let description = CheckDescription(
        id: "PF-GOV-006",
        title: "Agent's intended purpose is documented",
        area: .governance,
        severity: .low,
        question: "What is this agent for, and so what is it not for?",
        rationale: """
            Reviewers judge permissions, data access and risk against what the agent is meant to do; a tool grant \
            that is reasonable for a coding assistant is alarming for a support bot. A one-sentence statement \
            of purpose in the manifest is the yardstick for "acting outside its mandate", and the start of the \
            instructions for use that deployers must receive.
            """,
        remediation: Remediation(
            "State in a sentence what the agent does, for whom, and within which limits.",
            snippet: """
                metadata:
                  name: support-triage
                  version: 2.3.1
                  description: Labels and routes inbound support tickets; never replies to customers.
                """),
        references: ["NIST AI RMF MAP 1.1", "EU AI Act Art. 13", "ISO/IEC 42001 A.9.4"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                  description: Labels and routes inbound support tickets; never replies to customers.
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                  description: >
                    Extracts supplier, amount and due date from scanned invoices
                    for the accounts-payable team to review.
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                  ↓description: Support bot
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: release-notes
                  version: 1.0.0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let identity = agent.identity
        return ManifestFact.outcome(
            agent, identity?.description, section: identity?.location,
            subject: "the agent's intended purpose (metadata.description)",
            missing: "the manifest does not say what the agent is for"
        ) { description in
            let words = ASCIIText.words(description.value[...])
            let text = words.joined(separator: " ")
            guard words.count >= IntendedPurposeDocumented.fewestWords else {
                return .fail("the description '\(text)' is too short to state a purpose",
                             evidence: [Evidence("\(words.count) words; state the purpose in a sentence", at: description.location)])
            }
            return .pass("the manifest states the agent's purpose",
                         evidence: [Evidence("description: \(text)", at: description.location)])
        }
    }
}
