import PreflightCore

/// PF-AUD-001: the manifest sends the agent's audit records to a sink that keeps them, not
/// nowhere and not only to the console.
struct AuditSinkConfigured: Check {
    /// Sink values that keep nothing: no sink, or a console stream that is gone once read.
    static let unkeptSinks: Set<String> = ManifestFact.nonAnswers.union(["stdout", "stderr", "console", "/dev/null"])

    static let description = CheckDescription(
        id: "PF-AUD-001",
        title: "Audit records go to a sink that keeps them",
        area: .audit,
        severity: .critical,
        question: "Where do the agent's audit records go, and are they still there when someone asks?",
        rationale: """
            Every later question about what the agent did (a customer complaint, an incident, a regulator's \
            request) is answered from its audit trail. Records that go nowhere, or only to a console stream \
            that rotates away with the container, leave nothing to answer from. A dedicated sink kept apart \
            from the agent's own runtime is the basis for every other audit control.
            """,
        remediation: Remediation(
            "Send audit records to a store kept apart from the agent (a log platform, an object store bucket, a SIEM) and declare it.",
            snippet: """
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  retentionDays: 400
                  tamperEvidence: worm
                """),
        references: ["OWASP Agentic T8", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.8", "NIST AI RMF MEASURE 2.8"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  retentionDays: 400
                  tamperEvidence: worm
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                audit:
                  sink: splunk-hec://splunk.acme.internal:8088/agent-audit
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  ↓sink: stdout
                  retentionDays: 30
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: release-notes
                  version: 1.0.0
                telemetry:
                  enabled: true
                  exporter: otlp
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        ManifestFact.outcome(
            agent, agent.audit?.sink, section: agent.audit?.location ?? agent.identity?.location,
            subject: "the audit sink (audit.sink)",
            missing: "the manifest does not say where the agent's audit records go"
        ) { sink in
            guard !AuditSinkConfigured.unkeptSinks.contains(sink.value.lowercased()) else {
                return .fail("audit records go to '\(sink.value)', which keeps nothing",
                             evidence: [Evidence("sink: \(sink.value); send records to a store that keeps them", at: sink.location)])
            }
            return .pass("audit records go to \(sink.value)", evidence: [Evidence("sink: \(sink.value)", at: sink.location)])
        }
    }
}
