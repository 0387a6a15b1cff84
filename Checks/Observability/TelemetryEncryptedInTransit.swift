import Foundation
import PreflightCore

/// PF-OBS-006: telemetry leaves the machine only over TLS.
///
/// Every OTLP endpoint counts (traces, metrics, logs and the manifest's `endpoint`): logs
/// and metrics carry prompts and tool names too. Plain `http://` is accepted only to a
/// loopback host, such as a collector sidecar on `localhost`; a cluster-internal service
/// over plain HTTP still fails, as does `http://${HOST}`: the scheme alone says the traffic
/// is clear text. Endpoints taken whole from a variable, or written without a scheme,
/// cannot be judged. The rule is ``EndpointTransport``'s, shared with the MCP and A2A checks.
struct TelemetryEncryptedInTransit: Check {
    static let description = CheckDescription(
        id: "PF-OBS-006",
        title: "Telemetry is sent over TLS",
        area: .observability,
        severity: .medium,
        question: "Is the agent's telemetry encrypted on its way to the collector?",
        rationale: """
            Agent spans and logs hold model names, tool arguments and often message content; an OTLP \
            exporter pointed at an http:// address sends all of it in clear text across the network, \
            along with any authentication header set in OTEL_EXPORTER_OTLP_HEADERS. Plain HTTP is \
            only safe to a collector on the same host.
            """,
        remediation: Remediation(
            "Use an https:// OTLP endpoint, or send to a collector sidecar on localhost that forwards over TLS.",
            snippet: """
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                # or a local collector that forwards over TLS
                  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: http://localhost:4318/v1/traces
                """),
        references: ["OWASP LLM02", "EU AI Act Art. 15", "NIST AI RMF MEASURE 2.7"],
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
                environment:
                  OTEL_EXPORTER_OTLP_LOGS_ENDPOINT: http://localhost:4318/v1/logs
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
                  OTEL_EXPORTER_OTLP_ENDPOINT: ↓http://otel-collector.observability.svc.cluster.local:4318
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
                  ↓endpoint: http://10.0.4.17:4318
                environment:
                  OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: https://otel.acme-corp.com:4318/v1/metrics
                """),
            ExampleProject("k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-triage
                  namespace: agents
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-triage:2.3.1
                          env:
                            - name: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT
                              value: ↓http://otel-collector.observability:4318/v1/traces
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        var endpoints = signals.variables(named: TelemetrySignals.endpointNames).map {
            (value: $0.value, label: "\($0.name) in \($0.origin)", location: $0.location)
        }
        if let endpoint = signals.manifest?.endpoint, !endpoint.value.isEmpty {
            endpoints.append((endpoint.value, "manifest telemetry endpoint", endpoint.location))
        }
        guard !endpoints.isEmpty else {
            return .notApplicable("no OTLP endpoint is configured, so no telemetry is sent (PF-OBS-001 reports it)")
        }
        var plaintext: [Evidence] = []
        var encrypted: [Evidence] = []
        for endpoint in endpoints {
            switch EndpointTransport(url: endpoint.value) {
            case .encrypted:
                encrypted.append(Evidence("\(endpoint.label) uses https", at: endpoint.location))
            case .loopback(let host):
                encrypted.append(Evidence("\(endpoint.label) stays on this host (\(host))", at: endpoint.location))
            case .plaintext(let host):
                plaintext.append(Evidence("\(endpoint.label) sends clear text to \(host.isEmpty ? "an unparsed address" : host)", at: endpoint.location))
            case .unknown:
                break
            }
        }
        if !plaintext.isEmpty {
            return .fail("telemetry is sent over plain HTTP to another host", evidence: plaintext)
        }
        guard !encrypted.isEmpty else {
            return .unknown("no evidence: the OTLP endpoints come whole from variables or name no scheme, so their transport cannot be seen")
        }
        return .pass("every OTLP endpoint uses TLS or stays on this host", evidence: encrypted)
    }
}
