import PreflightCore

/// PF-OBS-008: every traces pipeline of the agent's OpenTelemetry Collector removes or masks
/// sensitive span data before exporting it.
///
/// A pipeline passes when it runs a `redaction` processor, an `attributes` processor with a
/// `delete` or `hash` action, or a `transform` processor whose statements delete, keep only
/// chosen keys, replace patterns or hash values. The processor must be defined in the same
/// file for its actions to be read. A pipeline that runs none fails at its `processors` key,
/// or at its own key when it has no processors. Not applicable without a traces pipeline.
struct CollectorRedactsSensitiveData: Check {
    static let description = CheckDescription(
        id: "PF-OBS-008",
        title: "The collector redacts sensitive span data",
        area: .observability,
        severity: .medium,
        question: "Are prompts, tool arguments and personal data stripped or masked before traces leave the collector?",
        rationale: """
            Agent spans carry what the model was sent and what tools were called with: customer messages, \
            file contents, sometimes credentials the agent read. Exporting them unfiltered copies that data \
            into a tracing backend with its own access rules and retention. A redaction step in the \
            collector is the one place that covers every instrumented service at once.
            """,
        remediation: Remediation(
            "Add a `redaction` processor (or an `attributes` processor deleting or hashing sensitive keys) to every traces pipeline, after `memory_limiter` and before `batch`.",
            snippet: """
                processors:
                  redaction:
                    allow_all_keys: true
                    blocked_values:
                      - "[0-9]{13,16}"
                      - "(?i)bearer [a-z0-9._-]+"
                  attributes/drop-genai-content:
                    actions:
                      - key: gen_ai.input.messages
                        action: delete
                      - key: gen_ai.output.messages
                        action: delete
                service:
                  pipelines:
                    traces:
                      processors: [memory_limiter, redaction, attributes/drop-genai-content, batch]
                """),
        references: ["OWASP LLM02", "NIST AI RMF MEASURE 2.10", "EU AI Act Art. 12", "ISO/IEC 42001 A.7.5"],
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
                  redaction:
                    allow_all_keys: true
                    blocked_values:
                      - "[0-9]{13,16}"
                  batch: {}
                exporters:
                  otlphttp:
                    endpoint: https://otlp.observability.acme.internal:4318
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      processors: [memory_limiter, redaction, batch]
                      exporters: [otlphttp]
                """),
            ExampleProject("deploy/otelcol.yaml", """
                receivers:
                  otlp:
                    protocols:
                      http: {}
                processors:
                  attributes/strip-genai-content:
                    actions:
                      - key: gen_ai.input.messages
                        action: delete
                      - key: enduser.id
                        action: hash
                  transform/mask-emails:
                    trace_statements:
                      - context: span
                        statements:
                          - replace_all_patterns(attributes, "value", "[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+", "{redacted-email}")
                  batch: {}
                exporters:
                  otlp:
                    endpoint: tempo.observability.svc:4317
                service:
                  pipelines:
                    traces/support:
                      receivers: [otlp]
                      processors: [attributes/strip-genai-content, batch]
                      exporters: [otlp]
                    traces/research:
                      receivers: [otlp]
                      processors: [transform/mask-emails, batch]
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
                  batch: {}
                  attributes/environment:
                    actions:
                      - key: deployment.environment
                        value: production
                        action: insert
                exporters:
                  otlphttp:
                    endpoint: https://otlp.observability.acme.internal:4318
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      ↓processors: [attributes/environment, batch]
                      exporters: [otlphttp]
                    ↓traces/raw:
                      receivers: [otlp]
                      exporters: [otlphttp]
                """),
        ])

    /// OTTL functions that remove or mask what a span holds.
    static let redactingFunctions = [
        "delete_key(", "delete_matching_keys(", "keep_keys(", "keep_matching_keys(", "replace_pattern(",
        "replace_all_patterns(", "replace_match(", "replace_all_matches(", "SHA256(", "SHA512(", "SHA1(", "FNV(",
    ]

    func evaluate(_ agent: Agent) -> Outcome {
        let traces = agent.collectorPipelines.filter { $0.signal == "traces" }
        guard !traces.isEmpty else {
            return .notApplicable(agent.collectorPipelines.isEmpty
                ? "no OpenTelemetry Collector configuration" : "the collector configuration has no traces pipeline")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for pipeline in traces {
            let file = pipeline.name.location.path
            let redacting = pipeline.processors.first { processor in
                let definition = agent.collectorComponents.first {
                    $0.kind == .processor && $0.id.value == processor.value && $0.id.location.path == file
                }
                return CollectorRedactsSensitiveData.redacts(type: CollectorComponent.type(ofID: processor.value), definition)
            }
            if let redacting {
                shown.append(Evidence("pipeline \(pipeline.name.value) runs \(redacting.value)", at: redacting.location))
            } else {
                gaps.append(Evidence("pipeline \(pipeline.name.value) exports spans without a redaction step",
                                     at: pipeline.processorsKey ?? pipeline.name.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("traces leave the collector without sensitive data removed", evidence: gaps)
        }
        return .pass("every traces pipeline (\(traces.count)) removes or masks sensitive data", evidence: shown)
    }

    /// Whether a processor of `type`, defined as `definition`, removes or masks data.
    private static func redacts(type: String, _ definition: CollectorComponent?) -> Bool {
        switch type {
        case "redaction":
            return true
        case "attributes":
            return definition?.attributeActions.contains { ["delete", "hash"].contains($0.value.lowercased()) } ?? false
        case "transform":
            return definition?.statements.contains { statement in
                redactingFunctions.contains { statement.value.contains($0) }
            } ?? false
        default:
            return false
        }
    }
}
