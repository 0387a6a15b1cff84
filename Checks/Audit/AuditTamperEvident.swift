import Foundation
import PreflightCore

/// PF-AUD-003: the audit trail makes tampering evident: records are hash-chained, signed,
/// or written to append-only or WORM storage.
struct AuditTamperEvident: Check {
    /// The tamper-evidence mechanisms that pass, written as the manifest writes them.
    static let mechanisms = ["hash-chain", "worm", "signed", "append-only"]

    static let description = CheckDescription(
        id: "PF-AUD-003",
        title: "Audit records are tamper-evident",
        area: .audit,
        severity: .high,
        question: "Could anyone, the agent included, change or delete audit records without it showing?",
        rationale: """
            An audit trail is only evidence if it can be shown to be unaltered. An agent with write access to \
            its own logs, or an operator covering a mistake, can otherwise rewrite what happened. Hash-chained \
            or signed records, or append-only (WORM) storage, make any edit or deletion detectable.
            """,
        remediation: Remediation(
            "Write audit records to WORM or append-only storage, or hash-chain or sign them, and declare the mechanism.",
            snippet: """
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  tamperEvidence: worm
                """),
        references: ["OWASP Agentic T8", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.8"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  tamperEvidence: worm
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                audit:
                  sink: postgres://audit-db.acme.internal/agent_events
                  tamperEvidence: Hash-Chain
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
                  sink: loki://loki.acme.internal/agents
                  ↓tamperEvidence: none
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

    /// `value` lower-cased with `_` written `-`, as Foundation's replacement writes it: byte for
    /// byte in ASCII, where each byte is a Character (a `\r\n` holds no `_`); by Foundation otherwise.
    static func mechanism(_ value: String) -> String {
        var lower = value.lowercased()
        let ascii = lower.withUTF8 { bytes -> String? in
            guard bytes.isASCII else { return nil }
            return String(decoding: bytes.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: "-") : $0 }, as: UTF8.self)
        }
        return ascii ?? lower.replacingOccurrences(of: "_", with: "-")
    }

    func evaluate(_ agent: Agent) -> Outcome {
        ManifestFact.outcome(
            agent, agent.audit?.tamperEvidence, section: agent.audit?.location ?? agent.identity?.location,
            subject: "the audit trail's tamper evidence (audit.tamperEvidence)",
            missing: "the manifest does not say how tampering with audit records would be detected"
        ) { tamperEvidence in
            let mechanism = AuditTamperEvident.mechanism(tamperEvidence.value)
            guard AuditTamperEvident.mechanisms.contains(mechanism) else {
                let accepted = AuditTamperEvident.mechanisms.joined(separator: ", ")
                return .fail("audit records are not tamper-evident (tamperEvidence: \(tamperEvidence.value))",
                             evidence: [Evidence("tamperEvidence \(tamperEvidence.value); use one of: \(accepted)",
                                                 at: tamperEvidence.location)])
            }
            return .pass("audit records are tamper-evident (\(mechanism))",
                         evidence: [Evidence("tamperEvidence: \(mechanism)", at: tamperEvidence.location)])
        }
    }
}
