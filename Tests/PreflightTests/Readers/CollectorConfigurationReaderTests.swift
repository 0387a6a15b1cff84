@testable import PreflightCore
import XCTest

/// The OpenTelemetry Collector reader: pipelines with their components located at the list
/// items, and where each component is defined.
final class CollectorConfigurationReaderTests: XCTestCase {
    private let path = "observability/otel-collector-config.yaml"

    private let configuration = """
        receivers:
          otlp:
            protocols:
              grpc: {}
        processors:
          memory_limiter:
            limit_mib: 400
          attributes/strip:
            actions:
              - key: gen_ai.prompt
                action: delete
          transform:
            trace_statements:
              - context: span
                statements:
                  - delete_key(attributes, "gen_ai.completion")
            log_statements:
              - set(body, "redacted")
          batch:
        exporters:
          otlp/tempo:
            endpoint: tempo:4317
          debug: {}
        connectors:
          spanmetrics: {}
        service:
          pipelines:
            traces/agent:
              receivers: [otlp]
              processors: [memory_limiter, attributes/strip, transform, batch]
              exporters:
                - otlp/tempo
                - spanmetrics
            metrics:
              receivers: [spanmetrics]
              exporters: [debug]
        """

    private func at(_ line: Int, _ column: Int, in file: String? = nil) -> SourceLocation {
        SourceLocation(path: file ?? path, line: line, column: column)
    }

    func testClaimsCollectorNames() {
        let reader = CollectorConfigurationReader()
        for name in ["otel-collector.yaml", "deploy/otel-collector-config.yml", "otelcol-contrib.yaml", "collector-config.yaml",
                     "config/agent-otel-config.yaml"] {
            XCTAssertTrue(reader.claims(path: name), name)
        }
        for name in ["config.yaml", "otel.yaml", "collector.yaml", "otel-collector.json", "config-otel.yaml"] {
            XCTAssertFalse(reader.claims(path: name), name)
        }
    }

    func testPipelinesAreLocatedAtTheirKeysAndItems() {
        let outcome = ReaderHarness.load(path, configuration)
        XCTAssertEqual(outcome.format, .collectorConfiguration)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.diagnostics, [])
        let pipelines = outcome.facts.collectorPipelines
        XCTAssertEqual(pipelines.map(\.name), [Located("traces/agent", at: at(28, 5)), Located("metrics", at: at(34, 5))])
        XCTAssertEqual(pipelines.map(\.signal), ["traces", "metrics"])
        XCTAssertEqual(pipelines[0].receivers, [Located("otlp", at: at(29, 19))])
        XCTAssertEqual(pipelines[0].processors, [
            Located("memory_limiter", at: at(30, 20)), Located("attributes/strip", at: at(30, 36)),
            Located("transform", at: at(30, 54)), Located("batch", at: at(30, 65)),
        ])
        XCTAssertEqual(pipelines[0].processorsKey, at(30, 7))
        XCTAssertEqual(pipelines[0].exporters, [Located("otlp/tempo", at: at(32, 11)), Located("spanmetrics", at: at(33, 11))])
        XCTAssertNil(pipelines[1].processorsKey)
        XCTAssertEqual(pipelines[1].receivers, [Located("spanmetrics", at: at(35, 19))])
        XCTAssertEqual(pipelines[1].exporters, [Located("debug", at: at(36, 19))])
    }

    func testComponentsAreLocatedWhereDefinedWithTheirRedactingSettings() throws {
        let components = ReaderHarness.load(path, configuration).facts.collectorComponents
        XCTAssertEqual(components.map(\.id.value), [
            "otlp", "memory_limiter", "attributes/strip", "transform", "batch", "otlp/tempo", "debug", "spanmetrics",
        ])
        XCTAssertEqual(components.map(\.kind), [.receiver, .processor, .processor, .processor, .processor, .exporter, .exporter, .connector])
        XCTAssertEqual(components.map(\.id.location.line), [2, 6, 8, 12, 19, 21, 23, 25])
        XCTAssertEqual(components[2].type, "attributes")
        XCTAssertEqual(components[2].attributeActions, [Located("delete", at: at(11, 17))])
        XCTAssertEqual(components[3].statements, [
            Located("delete_key(attributes, \"gen_ai.completion\")", at: at(16, 13)), Located("set(body, \"redacted\")", at: at(18, 9)),
        ])
    }

    func testAnUnnamedFileIsRecognisedByContent() {
        let outcome = ReaderHarness.load("deploy/config.yaml", configuration)
        XCTAssertEqual(outcome.format, .collectorConfiguration)
        XCTAssertEqual(outcome.facts.collectorPipelines.count, 2)
    }

    func testHelmValuesAndKubernetesManifestsNamedLikeACollectorConfiguration() {
        let helm = ReaderHarness.load("otel-collector-values.yaml", """
            mode: deployment
            config:
              receivers:
                otlp: {}
              exporters:
                otlp: {}
              service:
                pipelines:
                  traces:
                    receivers: [otlp]
                    exporters: [otlp]
            """)
        XCTAssertEqual(helm.facts.collectorPipelines.map(\.name), [Located("traces", at: at(9, 7, in: "otel-collector-values.yaml"))])
        let manifest = ReaderHarness.load("k8s/otel-collector.yaml", """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: otel-collector
            spec:
              template:
                spec:
                  containers:
                    - name: collector
                      image: otel/opentelemetry-collector-contrib:0.114.0
            """)
        XCTAssertEqual(manifest.diagnostics, [])
        XCTAssertEqual(manifest.facts.workloads.map(\.name), ["Deployment/otel-collector container \"collector\""])
        XCTAssertTrue(manifest.facts.collectorPipelines.isEmpty)
    }

    func testANamedFileWithoutAConfigurationIsReported() {
        let outcome = ReaderHarness.load("otel-collector.yaml", "mode: daemonset\n")
        XCTAssertEqual(outcome.diagnostics, [InputDiagnostic("no collector receivers, processors, exporters or service found; nothing read",
                                                             file: "otel-collector.yaml", kind: .warning)])
    }
}
