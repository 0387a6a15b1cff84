import PreflightCore

/// The tracing settings of one agent: the manifest's `telemetry` section and every
/// `OTEL_*` variable of its runtime environment (manifest `environment`, coding-agent
/// settings `env`, Compose and Kubernetes workload env).
///
/// Variables are pooled across those environments: a setting found in any of them counts
/// for the agent. The observability checks share these readings so that they agree on
/// what "tracing is configured" means.
struct TelemetrySignals {
    /// The manifest's telemetry section, if any.
    let manifest: Telemetry?
    /// Every OpenTelemetry variable of the agent's runtime environment.
    let variables: [EnvironmentVariable]

    /// The OTLP endpoint variables that carry traces.
    static let traceEndpointNames = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"]
    /// Every OTLP endpoint variable: traces, metrics and logs.
    static let endpointNames = traceEndpointNames + ["OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "OTEL_EXPORTER_OTLP_LOGS_ENDPOINT"]
    /// Manifest `exporter` values that switch telemetry off.
    private static let offExporters: Set<String> = ["none", "false", "off", "disabled"]
    /// Manifest `exporter` values that only print locally and keep nothing.
    static let localExporters: Set<String> = ["console", "debug", "logging", "stdout"]

    /// Reads the tracing settings of `agent`.
    init(_ agent: Agent) {
        manifest = agent.telemetry
        variables = agent.openTelemetryVariables
    }

    /// The variables with one of `names` whose value is not blank, in the order found. The
    /// few names are compared in turn: cheaper than hashing each variable's name into a set.
    func variables(named names: [String]) -> [EnvironmentVariable] {
        variables.filter { variable in names.contains { $0 == variable.name } && !variable.value.isBlank }
    }

    /// The trace endpoint variables that are set.
    var traceEndpoints: [EnvironmentVariable] { variables(named: TelemetrySignals.traceEndpointNames) }

    /// Where the manifest switches telemetry off: `enabled: false`, `exporter: none`.
    var manifestSwitchOffs: [Evidence] {
        guard let manifest else { return [] }
        var found: [Evidence] = []
        if let enabled = manifest.enabled, !enabled.value {
            found.append(Evidence("enabled: false", at: enabled.location))
        }
        if let exporter = manifest.exporter, TelemetrySignals.offExporters.contains(exporter.value.lowercased()) {
            found.append(Evidence("exporter: \(exporter.value)", at: exporter.location))
        }
        return found
    }

    /// The manifest's exporter or endpoint, when the manifest sends traces somewhere:
    /// not switched off, and an endpoint or a non-local exporter is named.
    var manifestExport: Evidence? {
        guard let manifest, manifestSwitchOffs.isEmpty else { return nil }
        if let endpoint = manifest.endpoint, !endpoint.value.isEmpty {
            return Evidence("manifest telemetry endpoint", at: endpoint.location)
        }
        if let exporter = manifest.exporter, !TelemetrySignals.localExporters.contains(exporter.value.lowercased()) {
            return Evidence("manifest telemetry exporter \(exporter.value)", at: exporter.location)
        }
        return nil
    }

    /// Every place that shows traces are exported: trace endpoint variables and the
    /// manifest's exporter or endpoint.
    var exports: [Evidence] {
        traceEndpoints.map { Evidence("\($0.name) in \($0.origin)", at: $0.location) } + [manifestExport].compactMap { $0 }
    }

    /// Whether the agent exports traces anywhere.
    var isExported: Bool { !traceEndpoints.isEmpty || manifestExport != nil }

    /// Where a missing tracing setting belongs: each trace endpoint variable, and the
    /// manifest's `telemetry` key when the manifest exports.
    var anchors: [SourceLocation] {
        traceEndpoints.map(\.location) + (manifestExport != nil ? [manifest?.location].compactMap { $0 } : [])
    }

    /// The variables that switch tracing off whatever else is configured, with why:
    /// `OTEL_SDK_DISABLED=true`, `OTEL_TRACES_EXPORTER=none`, `OTEL_TRACES_SAMPLER=always_off`.
    var switchOffs: [(variable: EnvironmentVariable, effect: String)] {
        variables.compactMap { variable in
            guard ["OTEL_SDK_DISABLED", "OTEL_TRACES_EXPORTER", "OTEL_TRACES_SAMPLER"].contains(variable.name) else { return nil }
            let value = variable.value.trimmingWhitespace().lowercased()
            switch variable.name {
            case "OTEL_SDK_DISABLED" where value == "true":
                return (variable, "disables the OpenTelemetry SDK")
            case "OTEL_TRACES_EXPORTER" where value == "none":
                return (variable, "exports no traces")
            case "OTEL_TRACES_SAMPLER" where ["always_off", "parentbased_always_off"].contains(value):
                return (variable, "samples no traces")
            default:
                return nil
            }
        }
    }
}
