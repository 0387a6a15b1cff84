import PreflightCore

/// PF-OBS-002: no environment variable silently switches tracing off.
///
/// Only the runtime switches count here (`OTEL_SDK_DISABLED`, `OTEL_TRACES_EXPORTER=none`,
/// `OTEL_TRACES_SAMPLER=always_off`): a manifest that says `enabled: false` is PF-OBS-001's
/// finding. When tracing is neither exported nor switched off, the question does not arise
/// and the check is not applicable; PF-OBS-001 reports the missing exporter.
struct TracingNotSwitchedOff: Check {
    static let description = CheckDescription(
        id: "PF-OBS-002",
        title: "No setting switches tracing off",
        area: .observability,
        severity: .high,
        question: "Does any environment variable silently switch the agent's tracing off?",
        rationale: """
            OpenTelemetry honours a few variables over everything else: OTEL_SDK_DISABLED=true, \
            OTEL_TRACES_EXPORTER=none and OTEL_TRACES_SAMPLER=always_off each leave a configured \
            exporter with nothing to send. They are often set while debugging and then shipped, so the \
            agent looks observable on paper and records nothing in production.
            """,
        remediation: Remediation(
            "Remove the switch from the agent's environment, or set it to its working value.",
            snippet: """
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_SDK_DISABLED: "false"
                  OTEL_TRACES_SAMPLER: parentbased_always_on
                """),
        references: ["NIST AI RMF MEASURE 2.4", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.6"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_TRACES_SAMPLER: parentbased_traceidratio
                  OTEL_TRACES_SAMPLER_ARG: "0.25"
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
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                environment:
                  OTEL_SDK_DISABLED: ↓"true"
                """),
            ExampleProject("deploy/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: claims-intake
                  version: 3.0.2
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_TRACES_EXPORTER: ↓none
                  OTEL_TRACES_SAMPLER: ↓always_off
                """),
            ExampleProject("deploy/agent-deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-triage
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-triage:2.3.1
                          env:
                            - name: OTEL_EXPORTER_OTLP_ENDPOINT
                              value: https://otel.acme-corp.com:4318
                            - name: OTEL_SDK_DISABLED
                              value: ↓"true"
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        let switches = signals.switchOffs
        if !switches.isEmpty {
            return .fail("tracing is switched off by \(switches.map { "\($0.variable.name)=\($0.variable.value)" }.joined(separator: ", "))",
                         evidence: switches.map { Evidence("\($0.variable.name) \($0.effect)", at: $0.variable.location) })
        }
        let exports = signals.exports
        guard !exports.isEmpty else {
            return .notApplicable("tracing is not configured, so nothing can switch it off (PF-OBS-001 reports the missing exporter)")
        }
        return .pass("no OTEL_SDK_DISABLED, OTEL_TRACES_EXPORTER=none or always_off sampler overrides the exporter",
                     evidence: exports)
    }
}
