import PreflightCore

/// PF-GOV-002: the manifest declares how the agent is stopped at once: a kill switch.
struct KillSwitch: Check {
    static let description = CheckDescription(
        id: "PF-GOV-002",
        title: "Agent has a kill switch",
        area: .governance,
        severity: .critical,
        question: "If the agent starts doing harm, how is it stopped, right now, without a deployment?",
        rationale: """
            An agent acting outside its mandate keeps acting until someone stops it, and every minute spent \
            finding out how is more damage. A declared kill switch (a feature flag, a scale-to-zero command, a \
            revoked credential) that on-call staff can pull without a code change is the human override the EU \
            AI Act asks for and the first step of any agent incident.
            """,
        remediation: Remediation(
            "Provide a way to stop the agent at once without a deployment (a feature flag, a scale-to-zero command) and declare it.",
            snippet: """
                governance:
                  killSwitch: flag:agents.support-triage.enabled
                  incidentRunbook: https://runbooks.acme.internal/agents/support-triage
                """),
        references: ["OWASP ASI10", "NIST AI RMF MANAGE 2.4", "EU AI Act Art. 14"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                governance:
                  killSwitch: flag:agents.support-triage.enabled
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                governance:
                  killSwitch: kubectl -n finance scale deployment/invoice-reader --replicas=0
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓governance:
                  riskTier: high
                  incidentRunbook: https://runbooks.acme.internal/agents/support-triage
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                governance:
                  ↓killSwitch: none
                """),
            ExampleProject("agents/crm-sync/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: crm-sync
                  version: 4.1.0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let governance = agent.governance
        return ManifestFact.outcome(
            agent, governance?.killSwitch, section: governance?.section ?? governance?.location,
            subject: "the kill switch (governance.killSwitch)",
            missing: "the manifest does not say how the agent is stopped at once"
        ) { killSwitch in
            guard !ManifestFact.isNonAnswer(killSwitch.value) else {
                return .fail("the manifest declares no kill switch (killSwitch: \(killSwitch.value))",
                             evidence: [Evidence("killSwitch \(killSwitch.value); declare how the agent is stopped", at: killSwitch.location)])
            }
            return .pass("the agent is stopped with \(killSwitch.value)",
                         evidence: [Evidence("killSwitch: \(killSwitch.value)", at: killSwitch.location)])
        }
    }
}
