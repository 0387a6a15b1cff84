import PreflightCore

/// PF-GOV-003: the manifest points at the runbook followed when the agent causes an incident,
/// or, when it names none, a runbook in the repository covers the agent.
struct IncidentRunbook: Check {
    static let description = CheckDescription(
        id: "PF-GOV-003",
        title: "Agent has an incident runbook",
        area: .governance,
        severity: .high,
        question: "When the agent causes an incident, does on-call know what to do, whom to tell and how to restore service?",
        rationale: """
            Agent incidents differ from outages: the system is up, but doing the wrong thing, possibly to \
            customers' data. A runbook says how to stop the agent, where its audit trail is, who must be told \
            (including regulators and affected people), and how to resume safely. Writing it before launch is \
            far cheaper than improvising it during the first incident.
            """,
        remediation: Remediation(
            "Write a runbook for agent incidents (stop, investigate from the audit trail, notify, resume) and link it from the manifest, or keep it in the repository under docs/runbooks/.",
            snippet: """
                governance:
                  killSwitch: flag:agents.support-triage.enabled
                  incidentRunbook: https://runbooks.acme.internal/agents/support-triage
                """),
        references: ["NIST AI RMF MANAGE 4.1", "NIST AI RMF MANAGE 4.3", "ISO/IEC 42001 A.8.4"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                governance:
                  killSwitch: flag:agents.support-triage.enabled
                  incidentRunbook: https://runbooks.acme.internal/agents/support-triage
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                governance:
                  incidentRunbook: docs/runbooks/invoice-reader.md
                """),
            ExampleProject([
                ("preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: support-triage
                      version: 2.3.1
                    governance:
                      killSwitch: flag:agents.support-triage.enabled
                    """),
                ("docs/runbooks/agent.md", """
                    # Support triage agent: incidents

                    1. Stop the agent: set `agents.support-triage.enabled` to false.
                    2. Read the audit trail for the last hour and tell #support-leads.
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓governance:
                  killSwitch: flag:agents.support-triage.enabled
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                governance:
                  killSwitch: flag:agents.release-notes.enabled
                  ↓incidentRunbook: TBD
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let governance = agent.governance
        if governance?.incidentRunbook == nil,
           let runbook = agent.repositoryEvidence.runbooks.min(by: { $0.path < $1.path }) {
            return .pass("incidents follow the runbook \(runbook.path), which covers the agent",
                         evidence: [Evidence("incident runbook in the repository", at: runbook.location)])
        }
        return ManifestFact.outcome(
            agent, governance?.incidentRunbook, section: governance?.section ?? governance?.location,
            subject: "the incident runbook (governance.incidentRunbook)",
            missing: "the manifest does not point at an incident runbook"
        ) { runbook in
            guard !ManifestFact.isNonAnswer(runbook.value) else {
                return .fail("the agent has no incident runbook yet (incidentRunbook: \(runbook.value))",
                             evidence: [Evidence("incidentRunbook \(runbook.value); link the runbook", at: runbook.location)])
            }
            return .pass("incidents follow the runbook at \(runbook.value)",
                         evidence: [Evidence("incidentRunbook: \(runbook.value)", at: runbook.location)])
        }
    }
}
