import Foundation
import PreflightCore

/// PF-OBS-004: the agent opts in to the OpenTelemetry GenAI semantic conventions, so its
/// spans use `invoke_agent`, `execute_tool` and the `gen_ai.*` attributes.
///
/// The opt-in is an environment variable, so only the runtime environment answers it. Not
/// applicable when neither the opt-in is set nor tracing exported (PF-OBS-001 reports that).
struct GenAISemanticConventions: Check {
    static let description = CheckDescription(
        id: "PF-OBS-004",
        title: "Spans follow the GenAI semantic conventions",
        area: .observability,
        severity: .low,
        question: "Do the agent's spans use the current OpenTelemetry GenAI conventions for agent and tool calls?",
        rationale: """
            The GenAI conventions are still marked development, and instrumentations emit their \
            current shape (invoke_agent and execute_tool spans, gen_ai.agent.* and gen_ai.tool.* \
            attributes) only when OTEL_SEMCONV_STABILITY_OPT_IN includes gen_ai_latest_experimental. \
            Without it, spans keep older attribute names that dashboards and audits built on the \
            conventions do not recognise.
            """,
        remediation: Remediation(
            "Add gen_ai_latest_experimental to OTEL_SEMCONV_STABILITY_OPT_IN wherever the agent's OTLP exporter is configured.",
            snippet: """
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_SEMCONV_STABILITY_OPT_IN: gen_ai_latest_experimental
                """),
        references: ["NIST AI RMF MEASURE 2.4", "ISO/IEC 42001 A.6.2.6"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_SEMCONV_STABILITY_OPT_IN: http,gen_ai_latest_experimental
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/support-triage:2.3.1
                    environment:
                      OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                      OTEL_SEMCONV_STABILITY_OPT_IN: gen_ai_latest_experimental
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: ↓https://otel.acme-corp.com:4318
                  OTEL_SERVICE_NAME: support-triage
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                environment:
                  OTEL_SEMCONV_STABILITY_OPT_IN: ↓http
                """),
        ])

    /// The opt-in value that turns on the current GenAI conventions.
    static let optIn = "gen_ai_latest_experimental"

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        let settings = signals.variables(named: ["OTEL_SEMCONV_STABILITY_OPT_IN"])
        let optedIn = settings.filter { setting in
            ASCIIText.split(setting.value[...], separator: ",").contains { $0.trimmingWhitespace() == GenAISemanticConventions.optIn }
        }
        if !optedIn.isEmpty {
            return .pass("OTEL_SEMCONV_STABILITY_OPT_IN includes \(GenAISemanticConventions.optIn)",
                         evidence: optedIn.map { Evidence("opted in, in \($0.origin)", at: $0.location) })
        }
        guard signals.isExported else {
            return .notApplicable("tracing is not configured, so no spans are emitted (PF-OBS-001 reports it)")
        }
        if !settings.isEmpty {
            return .fail("OTEL_SEMCONV_STABILITY_OPT_IN is set without \(GenAISemanticConventions.optIn)",
                         evidence: settings.map { Evidence("add \(GenAISemanticConventions.optIn) to '\($0.value)'", at: $0.location) })
        }
        return .fail("traces are exported without OTEL_SEMCONV_STABILITY_OPT_IN=\(GenAISemanticConventions.optIn)",
                     evidence: signals.anchors.map { Evidence("set OTEL_SEMCONV_STABILITY_OPT_IN beside this", at: $0) })
    }
}
