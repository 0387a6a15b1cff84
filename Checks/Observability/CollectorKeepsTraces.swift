import PreflightCore

/// PF-OBS-007: every traces pipeline of the agent's OpenTelemetry Collector sends spans
/// somewhere that keeps them.
///
/// The `debug` and `logging` exporters only print, and `nop` drops everything; any other
/// exporter (or a connector feeding another pipeline) counts as keeping the traces. A
/// pipeline whose exporters all discard fails at each of them; one with no exporter at all
/// fails at its key. Not applicable without a collector configuration or a traces pipeline.
struct CollectorKeepsTraces: Check {
    static let description = CheckDescription(
        id: "PF-OBS-007",
        title: "The collector keeps the agent's traces",
        area: .observability,
        severity: .high,
        question: "Do the agent's traces, once they reach the collector, end up somewhere they can be read later?",
        rationale: """
            An agent can be instrumented perfectly and still leave no record: a collector whose traces \
            pipeline exports only to `debug` prints spans to its own console and then forgets them, which \
            is easy to miss because everything looks configured. Without stored traces nobody can replay \
            why the agent called a tool or what it sent to the model when an incident is investigated.
            """,
        remediation: Remediation(
            "Add an exporter that stores traces (OTLP to your tracing backend) to every traces pipeline; keep `debug` only alongside it.",
            snippet: """
                exporters:
                  otlphttp/tempo:
                    endpoint: https://tempo.observability.acme.internal:4318
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [memory_limiter, batch]
                      exporters: [otlphttp/tempo]
                """),
        references: ["OWASP ASI10", "NIST AI RMF MEASURE 2.4", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.8"],
        passingExamples: [
            ExampleProject("otel-collector-config.yaml", """
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 0.0.0.0:4317
                processors:
                  memory_limiter:
                    check_interval: 1s
                    limit_percentage: 80
                  batch: {}
                exporters:
                  otlphttp/tempo:
                    endpoint: https://tempo.observability.acme.internal:4318
                  debug:
                    verbosity: basic
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [memory_limiter, batch]
                      exporters: [otlphttp/tempo, debug]
                """),
        ],
        failingExamples: [
            ExampleProject("observability/otel-collector.yaml", """
                receivers:
                  otlp:
                    protocols:
                      http:
                        endpoint: 0.0.0.0:4318
                processors:
                  batch: {}
                exporters:
                  debug:
                    verbosity: detailed
                  prometheus:
                    endpoint: 0.0.0.0:8889
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [batch]
                      exporters: [↓debug]
                    metrics:
                      receivers: [otlp]
                      exporters: [prometheus]
                """),
            ExampleProject("collector/config.yaml", """
                receivers:
                  otlp:
                    protocols:
                      grpc: {}
                exporters:
                  logging: {}
                  nop: {}
                service:
                  pipelines:
                    traces/agent:
                      receivers: [otlp]
                      exporters:
                        - ↓logging
                        - ↓nop
                """),
        ])

    /// Exporter types that keep nothing: they print spans or drop them.
    static let discardingExporters: Set<String> = ["debug", "logging", "nop"]

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.collectorPipelines.isEmpty else {
            return .notApplicable("no OpenTelemetry Collector configuration")
        }
        let traces = agent.collectorPipelines.filter { $0.signal == "traces" }
        guard !traces.isEmpty else {
            return .notApplicable("the collector configuration has no traces pipeline")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for pipeline in traces {
            let kept = pipeline.exporters.filter {
                !CollectorKeepsTraces.discardingExporters.contains(CollectorComponent.type(ofID: $0.value))
            }
            if let first = kept.first {
                shown.append(Evidence("pipeline \(pipeline.name.value) exports to \(kept.map(\.value).joined(separator: ", "))",
                                      at: first.location))
            } else if pipeline.exporters.isEmpty {
                gaps.append(Evidence("pipeline \(pipeline.name.value) has no exporter", at: pipeline.name.location))
            } else {
                gaps += pipeline.exporters.map { exporter in
                    Evidence("pipeline \(pipeline.name.value) exports only to \(exporter.value), which keeps nothing",
                             at: exporter.location)
                }
            }
        }
        guard gaps.isEmpty else {
            return .fail("a traces pipeline keeps no spans: its exporters only print or drop them", evidence: gaps)
        }
        return .pass("every traces pipeline (\(traces.count)) exports to a backend", evidence: shown)
    }
}
