import PreflightCore

/// PF-AUD-004: each audit record says which agent and version acted, with which tool, what
/// the policy decided, who approved it and when.
///
/// Field names are compared ignoring case, `_`, `-` and `.`; each required field accepts
/// the synonyms listed in ``requiredFields``.
struct AuditRecordsWhoWhatWhy: Check {
    /// Each field a record needs, and the names that count as it.
    static let requiredFields: [(field: String, names: [String])] = [
        ("agent", ["agent", "agent_id", "agent_name"]),
        ("version", ["version", "agent_version"]),
        ("tool", ["tool", "tool_name", "tool_call"]),
        ("decision", ["decision", "policy_decision", "permission_decision"]),
        ("approver", ["approver", "approved_by"]),
        ("timestamp", ["timestamp", "time", "ts", "@timestamp"]),
    ]

    static let description = CheckDescription(
        id: "PF-AUD-004",
        title: "Audit records say who did what, with which tool, on whose approval, when",
        area: .audit,
        severity: .high,
        question: "Can a single audit record answer which agent and version acted, with which tool, what was decided, who approved it and when?",
        rationale: """
            A record that says a refund was issued but not by which agent version, under which policy decision \
            or with whose approval cannot settle an incident or show that human oversight took place. The EU AI \
            Act expects logs to make the system's operation traceable; that needs these fields in every record, \
            not reconstructed afterwards from several systems.
            """,
        remediation: Remediation(
            "List the fields every audit record carries, and make sure the agent's audit writer fills them.",
            snippet: """
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  fields: [timestamp, agent, version, tool, decision, approver]
                """),
        references: ["OWASP Agentic T8", "EU AI Act Art. 12", "EU AI Act Art. 14", "ISO/IEC 42001 A.6.2.8"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  fields: [timestamp, agent, version, tool, decision, approver]
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                audit:
                  sink: splunk-hec://splunk.acme.internal:8088/agent-audit
                  fields:
                    - time
                    - agent_id
                    - agent_version
                    - tool_name
                    - arguments
                    - policy_decision
                    - approved_by
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
                  ↓fields: [timestamp, agent, tool, result]
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                ↓audit:
                  sink: s3://acme-agent-audit/release-notes/
                  retentionDays: 365
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let fields = agent.audit.flatMap { audit in audit.fieldsLocation.map { Located(audit, at: $0) } }
        return ManifestFact.outcome(
            agent, fields, section: agent.audit?.location ?? agent.identity?.location,
            subject: "the fields of each audit record (audit.fields)",
            missing: "the manifest does not say what each audit record holds"
        ) { fields in
            let missing = AuditRecordsWhoWhatWhy.requiredFields
                .filter { required in !fields.value.records(anyOf: required.names) }
                .map(\.field)
            guard missing.isEmpty else {
                return .fail("audit records do not hold \(missing.joined(separator: ", "))",
                             evidence: [Evidence("add \(missing.joined(separator: ", ")) to fields", at: fields.location)])
            }
            return .pass("each audit record holds agent, version, tool, decision, approver and timestamp",
                         evidence: [Evidence("fields: \(fields.value.fields.map(\.value).joined(separator: ", "))", at: fields.location)])
        }
    }
}
