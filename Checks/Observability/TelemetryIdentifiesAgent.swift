import Foundation
import PreflightCore

/// PF-OBS-003: the agent's telemetry carries a service name, so its traces can be told
/// apart from every other service's.
///
/// Not applicable when no setting names the service and tracing is not exported
/// (PF-OBS-001 reports that).
struct TelemetryIdentifiesAgent: Check {
    static let description = CheckDescription(
        id: "PF-OBS-003",
        title: "Telemetry names the agent",
        area: .observability,
        severity: .medium,
        question: "Do the agent's traces say which agent produced them?",
        rationale: """
            Without a service name, OpenTelemetry reports spans as unknown_service, mixed with every \
            other unnamed process sending to the same collector. An investigation then cannot pick \
            out this agent's model and tool calls, let alone one version of it.
            """,
        remediation: Remediation(
            "Set OTEL_SERVICE_NAME (or service.name in OTEL_RESOURCE_ATTRIBUTES) to the agent's name, or declare serviceName in the manifest.",
            snippet: """
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_SERVICE_NAME: support-triage
                  OTEL_RESOURCE_ATTRIBUTES: service.version=2.3.1,deployment.environment=production
                """),
        references: ["NIST AI RMF MEASURE 2.4", "ISO/IEC 42001 A.6.2.6", "OWASP ASI10"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                  serviceName: support-triage
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reconciler
                  version: 0.9.0
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_RESOURCE_ATTRIBUTES: service.name=invoice-reconciler,service.version=0.9.0
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reconciler
                  version: 0.9.0
                environment:
                  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: ↓https://otel.acme-corp.com:4318/v1/traces
                  OTEL_RESOURCE_ATTRIBUTES: deployment.environment=production
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/support-triage:2.3.1
                    environment:
                      - ↓OTEL_EXPORTER_OTLP_ENDPOINT=https://otel.acme-corp.com:4318
                      - OTEL_TRACES_SAMPLER=parentbased_always_on
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        var names: [Evidence] = signals.variables(named: ["OTEL_SERVICE_NAME"]).map {
            Evidence("OTEL_SERVICE_NAME=\($0.value) in \($0.origin)", at: $0.location)
        }
        for attributes in signals.variables(named: ["OTEL_RESOURCE_ATTRIBUTES"]) {
            if let name = TelemetryIdentifiesAgent.serviceName(inResourceAttributes: attributes.value) {
                names.append(Evidence("service.name=\(name) in \(attributes.origin)", at: attributes.location))
            }
        }
        if let serviceName = signals.manifest?.serviceName, !serviceName.value.isEmpty {
            names.append(Evidence("manifest serviceName \(serviceName.value)", at: serviceName.location))
        }
        if !names.isEmpty {
            return .pass("telemetry names the agent (\(names.map(\.note).joined(separator: "; ")))", evidence: names)
        }
        guard signals.isExported else {
            return .notApplicable("tracing is not configured, so there are no traces to name (PF-OBS-001 reports it)")
        }
        return .fail("traces are exported without a service name, so they arrive as unknown_service",
                     evidence: signals.anchors.map { Evidence("set OTEL_SERVICE_NAME or serviceName beside this", at: $0) })
    }

    /// The value of `service.name` in an `OTEL_RESOURCE_ATTRIBUTES` list (`key=value,...`), if set.
    static func serviceName(inResourceAttributes text: String) -> String? {
        for item in ASCIIText.split(text[...], separator: ",") {
            let parts = ASCIIText.split(item, separator: "=", maxSplits: 1).map { $0.trimmingWhitespace() }
            if parts.count == 2, parts[0] == "service.name", !parts[1].isEmpty { return parts[1] }
        }
        return nil
    }
}
