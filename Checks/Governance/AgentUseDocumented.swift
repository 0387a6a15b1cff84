import PreflightCore

/// PF-GOV-009: an `AGENTS.md` or a model or agent card states what the agent is for and what it
/// must not do; a manifest description of at least a few words also answers.
struct AgentUseDocumented: Check {
    static let description = CheckDescription(
        id: "PF-GOV-009",
        title: "The agent's intended use and limits are documented",
        area: .governance,
        severity: .low,
        question: "Does the repository tell deployers and reviewers what the agent is for and what it must not be used for?",
        rationale: """
            People who deploy, review or operate an agent need its instructions for use: what it is meant to \
            do, for whom, and where it stops. Written beside the code, in AGENTS.md or a model card, they are \
            versioned with the agent and reviewed when it changes; they are also the yardstick for deciding \
            that the agent acted outside its mandate.
            """,
        remediation: Remediation(
            "State the agent's intended use and its limits in AGENTS.md or a model card next to its configuration.",
            snippet: """
                # Support triage agent

                ## Intended use
                Labels and routes inbound support tickets for the support team.

                ## Limitations
                It must not reply to customers, close tickets or read billing data.
                """),
        references: ["EU AI Act Art. 13", "ISO/IEC 42001 A.9.4"],
        passingExamples: [
            ExampleProject([
                ("AGENTS.md", """
                    # Support triage agent

                    ## Intended use
                    Labels and routes inbound support tickets for the support team.

                    ## Limitations
                    It must not reply to customers, close tickets or read billing data.
                    """),
                (".mcp.json", """
                    {"mcpServers": {"zendesk": {"type": "http", "url": "https://mcp.acme.example/zendesk",
                      "headers": {"Authorization": "Bearer ${ZENDESK_TOKEN}"}}}}
                    """),
            ]),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                  description: Extracts supplier, amount and due date from scanned invoices for review.
                """),
        ],
        failingExamples: [
            ExampleProject([
                ("AGENTS.md", """
                    ↓# AGENTS.md

                    ## Setup
                    - Install dependencies with `pnpm install`.
                    - Start the dev server with `pnpm dev`.

                    ## Tests
                    - Run `pnpm test` before committing.
                    """),
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let documents = agent.repositoryEvidence.agentDocuments.sorted { $0.path < $1.path }
        let stating = documents.filter { $0.intendedUse != nil || $0.limits != nil }
        if let first = stating.first {
            var missing: [String] = []
            if !stating.contains(where: { $0.intendedUse != nil }) { missing.append("its intended use") }
            if !stating.contains(where: { $0.limits != nil }) { missing.append("its limits") }
            let gap = missing.isEmpty ? "" : " (it does not state \(missing.joined(separator: " or ")))"
            let evidence = stating.flatMap { document in
                [document.intendedUse.map { Evidence("intended use: '\($0.value)'", at: $0.location) },
                 document.limits.map { Evidence("limits: '\($0.value)'", at: $0.location) }].compactMap { $0 }
            }
            return .pass("\(first.path) documents the agent's use\(gap)", evidence: evidence)
        }
        if let description = agent.identity?.description {
            let words = ASCIIText.words(description.value[...])
            if words.count >= IntendedPurposeDocumented.fewestWords {
                return .pass("the manifest's description states what the agent is for",
                             evidence: [Evidence("description: \(words.joined(separator: " "))", at: description.location)])
            }
        }
        guard documents.isEmpty else {
            return .fail("\(documents.map(\.path).joined(separator: " and ")) does not state the agent's intended use or limits",
                         evidence: documents.map { Evidence("no intended use, purpose or limitations stated", at: $0.location) })
        }
        return .unknown("no evidence: no AGENTS.md, model card or manifest description says what the agent is for")
    }
}
