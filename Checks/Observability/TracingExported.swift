import PreflightCore

/// PF-OBS-001: the agent's traces are exported to a collector, so what it did can be seen
/// after the fact.
struct TracingExported: Check {
    static let description = CheckDescription(
        id: "PF-OBS-001",
        title: "Traces are exported to a collector",
        area: .observability,
        severity: .high,
        question: "Are the agent's traces sent somewhere they can be read after the run?",
        rationale: """
            An agent decides its own steps, so the only way to answer "why did it do that?" is a trace \
            of its model calls and tool calls. Traces that are never exported, or only printed to a \
            console, are gone when the process ends. An OTLP endpoint, in the environment or in the \
            manifest, shows the traces land in a collector.
            """,
        remediation: Remediation(
            "Point the agent's OpenTelemetry SDK at your collector with OTEL_EXPORTER_OTLP_ENDPOINT, or declare the exporter in the manifest.",
            snippet: """
                telemetry:
                  enabled: true
                  exporter: otlp
                  endpoint: https://otel-collector.observability.example.com:4318
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel-collector.observability.example.com:4318
                """),
        references: ["NIST AI RMF MEASURE 2.4", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.6", "OWASP ASI10"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  enabled: true
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                  serviceName: support-triage
                """),
            ExampleProject("agent/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reconciler
                  version: 0.9.0
                environment:
                  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: https://otel.acme-corp.com:4318/v1/traces
                  OTEL_SERVICE_NAME: invoice-reconciler
                """),
            ExampleProject(".claude/settings.json", """
                {
                  "env": {
                    "CLAUDE_CODE_ENABLE_TELEMETRY": "1",
                    "OTEL_TRACES_EXPORTER": "otlp",
                    "OTEL_EXPORTER_OTLP_ENDPOINT": "https://otel.acme-corp.com:4318"
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  ↓enabled: false
                  serviceName: support-triage
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                telemetry:
                  enabled: true
                  ↓exporter: console
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: research-assistant
                  version: 1.4.0
                ↓telemetry:
                  enabled: true
                  serviceName: research-assistant
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        let switchedOff = signals.manifestSwitchOffs
        if !switchedOff.isEmpty {
            return .fail("the manifest switches telemetry off, so no trace of the agent's steps is kept", evidence: switchedOff)
        }
        let exports = signals.exports
        if !exports.isEmpty {
            return .pass("traces are exported (\(exports.map(\.note).joined(separator: "; ")))", evidence: exports)
        }
        guard let manifest = signals.manifest else {
            return .unknown("no evidence: no manifest telemetry section and no OTLP endpoint variable shows where traces go")
        }
        if let exporter = manifest.exporter {
            return .fail("the manifest's exporter '\(exporter.value)' only prints traces locally; nothing is kept",
                         evidence: [Evidence("exporter \(exporter.value) keeps nothing", at: exporter.location)])
        }
        return .fail("the manifest's telemetry section names no exporter or endpoint, and no OTLP endpoint variable is set",
                     evidence: [Evidence("add exporter and endpoint here", at: manifest.location)])
    }
}
