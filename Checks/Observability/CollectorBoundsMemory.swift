import PreflightCore

/// PF-OBS-009: every pipeline of the agent's OpenTelemetry Collector runs `memory_limiter`
/// first and batches with `batch`.
///
/// A `memory_limiter` that is not the first processor fails at its list item; a missing
/// `memory_limiter` or `batch` fails at the pipeline's `processors` key, or at the
/// pipeline's own key when it has no processors. Not applicable without a collector pipeline.
struct CollectorBoundsMemory: Check {
    static let description = CheckDescription(
        id: "PF-OBS-009",
        title: "The collector bounds its memory and batches",
        area: .observability,
        severity: .low,
        question: "Does the collector refuse data instead of crashing when an agent floods it, and batch what it sends?",
        rationale: """
            Agents emit bursts of large spans (whole prompts and tool results), and a collector without \
            `memory_limiter` at the front of each pipeline keeps accepting them until it is killed for \
            running out of memory, losing every span it held. `batch` cuts the number of export calls and \
            keeps the backend from throttling the collector, which would also drop data.
            """,
        remediation: Remediation(
            "Put `memory_limiter` first and `batch` in every pipeline's processors.",
            snippet: """
                processors:
                  memory_limiter:
                    check_interval: 1s
                    limit_percentage: 80
                    spike_limit_percentage: 20
                  batch: {}
                service:
                  pipelines:
                    traces:
                      processors: [memory_limiter, batch]
                """),
        references: ["OWASP LLM10", "NIST AI RMF MEASURE 2.6", "ISO/IEC 42001 A.6.2.6"],
        passingExamples: [
            ExampleProject("otel-collector-config.yml", """
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 0.0.0.0:4317
                processors:
                  memory_limiter:
                    check_interval: 1s
                    limit_percentage: 80
                    spike_limit_percentage: 20
                  batch:
                    send_batch_size: 512
                    timeout: 5s
                exporters:
                  otlp:
                    endpoint: tempo.observability.svc:4317
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [memory_limiter, batch]
                      exporters: [otlp]
                    metrics:
                      receivers: [otlp]
                      processors:
                        - memory_limiter
                        - batch
                      exporters: [otlp]
                """),
        ],
        failingExamples: [
            ExampleProject("otel-collector-config.yaml", """
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 0.0.0.0:4317
                processors:
                  memory_limiter:
                    check_interval: 1s
                    limit_mib: 400
                  batch: {}
                exporters:
                  otlp:
                    endpoint: tempo.observability.svc:4317
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [batch, ↓memory_limiter]
                      exporters: [otlp]
                    metrics:
                      receivers: [otlp]
                      ↓processors: [memory_limiter]
                      exporters: [otlp]
                    ↓logs:
                      receivers: [otlp]
                      exporters: [otlp]
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let pipelines = agent.collectorPipelines
        guard !pipelines.isEmpty else {
            return .notApplicable("no OpenTelemetry Collector configuration")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for pipeline in pipelines {
            let name = pipeline.name.value
            let anchor = pipeline.processorsKey ?? pipeline.name.location
            let types = pipeline.processors.map { CollectorComponent.type(ofID: $0.value) }
            if let index = types.firstIndex(of: "memory_limiter") {
                let limiter = pipeline.processors[index]
                if index == 0 {
                    shown.append(Evidence("pipeline \(name) runs \(limiter.value) first", at: limiter.location))
                } else {
                    gaps.append(Evidence("pipeline \(name) runs \(limiter.value) after \(pipeline.processors[0].value): it must come first",
                                         at: limiter.location))
                }
            } else {
                gaps.append(Evidence("pipeline \(name) has no memory_limiter processor", at: anchor))
            }
            if !types.contains("batch") {
                gaps.append(Evidence("pipeline \(name) has no batch processor", at: anchor))
            }
        }
        guard gaps.isEmpty else {
            return .fail("a collector pipeline is not protected by memory_limiter first and batch", evidence: gaps)
        }
        return .pass("every collector pipeline (\(pipelines.count)) runs memory_limiter first and batch", evidence: shown)
    }
}
