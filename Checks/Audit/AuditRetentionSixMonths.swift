import PreflightCore

/// PF-AUD-002: audit records are kept at least six months (183 days), the least the EU AI
/// Act allows for automatically generated logs.
struct AuditRetentionSixMonths: Check {
    /// The shortest retention that passes, in days: six months.
    static let shortestRetentionDays = 183

    static let description = CheckDescription(
        id: "PF-AUD-002",
        title: "Audit records are kept at least six months",
        area: .audit,
        severity: .high,
        question: "Will the agent's records still exist when an incident or a complaint surfaces months later?",
        rationale: """
            Harm done by an agent is often noticed weeks or months after the action: a wrong refund, a leaked \
            record, a bad recommendation. The EU AI Act requires deployers and providers to keep automatically \
            generated logs for at least six months; a shorter retention deletes the evidence before the question is asked.
            """,
        remediation: Remediation(
            "Keep audit records at least 183 days (longer if your sector requires it) and declare the retention.",
            snippet: """
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  retentionDays: 400
                """),
        references: ["EU AI Act Art. 19", "EU AI Act Art. 26(6)", "ISO/IEC 42001 A.6.2.8", "OWASP Agentic T8"],
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
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                audit:
                  sink: splunk-hec://splunk.acme.internal:8088/agent-audit
                  retentionDays: 183
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
                  sink: s3://acme-agent-audit/support-triage/
                  ↓retentionDays: 90
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                ↓audit:
                  sink: loki://loki.acme.internal/agents
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        ManifestFact.outcome(
            agent, agent.audit?.retentionDays, section: agent.audit?.location ?? agent.identity?.location,
            subject: "the audit retention (audit.retentionDays)",
            missing: "the manifest does not say how long audit records are kept"
        ) { retention in
            guard retention.value >= AuditRetentionSixMonths.shortestRetentionDays else {
                return .fail("audit records are kept \(retention.value) days, less than six months",
                             evidence: [Evidence("retentionDays \(retention.value); at least \(AuditRetentionSixMonths.shortestRetentionDays)",
                                                 at: retention.location)])
            }
            return .pass("audit records are kept \(retention.value) days",
                         evidence: [Evidence("retentionDays \(retention.value)", at: retention.location)])
        }
    }
}
