import YAML

/// Reads OpenTelemetry Collector configurations: by name (`otel-collector*.yaml`,
/// `otelcol*.yaml`, `collector-config.yaml`, `*otel*config*.yaml`, `.yml` too) or by
/// content (top-level `receivers`, `exporters` and `service.pipelines`).
///
/// It keeps each pipeline of `service.pipelines` with its receivers, processors and
/// exporters located at their list items, and each component defined under `receivers`,
/// `processors`, `exporters` and `connectors`, located at its key; for `attributes`
/// processors the actions, for `transform` processors the statements. A file named like a
/// configuration may also be a partial one (the collector merges several `--config`
/// files), the values of the collector's Helm chart (the configuration under `config`), or
/// Kubernetes manifests: its Kubernetes objects are read as the Kubernetes reader reads
/// them, and an `OpenTelemetryCollector` resource's `spec.config` is read when written as
/// a mapping. Collector configurations mark no agent root.
struct CollectorConfigurationReader: FormatReader {
    let format = FileFormat.collectorConfiguration

    /// The sections that define components, and the kind each defines.
    private static let sections: [(key: String, kind: CollectorComponent.Kind)] = [
        ("receivers", .receiver), ("processors", .processor), ("exporters", .exporter), ("connectors", .connector),
    ]

    func claims(_ file: PathName) -> Bool {
        let name = file.lowercasedName
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return false }
        let stem = name.hasSuffix(".yml") ? name.dropLast(4) : name.dropLast(5)
        if stem == "collector-config" { return true }
        // Every other name claimed holds the bytes `otel`: most names are ruled out on them.
        guard ByteSearch.contains(stem.utf8, "otel") else { return false }
        if stem.hasPrefix("otel-collector") || stem.hasPrefix("otelcol") { return true }
        guard let otel = stem.range(of: "otel") else { return false }
        return stem[otel.upperBound...].contains("config")
    }

    func claims(documents: [YAMLNode]) -> Bool {
        documents.contains { document in
            document["receivers"] != nil && document["exporters"] != nil && document["service", "pipelines"] != nil
        }
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        var holdsKubernetesObjects = false
        var found = false
        for document in file.documents {
            let configuration: YAMLNode?
            if KubernetesReader.isObject(document) {
                holdsKubernetesObjects = true
                configuration = document["kind"]?.string == "OpenTelemetryCollector" ? document["spec", "config"] : nil
            } else {
                configuration = CollectorConfigurationReader.isConfiguration(document) ? document : document["config"]
            }
            guard let configuration, CollectorConfigurationReader.isConfiguration(configuration) else { continue }
            found = true
            read(configuration, file: file, into: &facts, diagnostics: &diagnostics)
        }
        if holdsKubernetesObjects {
            KubernetesReader().read(file, into: &facts, diagnostics: &diagnostics)
        } else if !found {
            diagnostics.append(InputDiagnostic("no collector receivers, processors, exporters or service found; nothing read",
                                               file: file.path, kind: .warning))
        }
    }

    /// Whether a node holds (part of) a collector configuration: a mapping with a component
    /// section or `service`.
    private static func isConfiguration(_ node: YAMLNode) -> Bool {
        node.mapping != nil && (sections.contains { node[$0.key] != nil } || node["service"] != nil)
    }

    /// Adds the components and pipelines of one configuration.
    private func read(_ configuration: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        for (key, kind) in CollectorConfigurationReader.sections {
            for pair in configuration[key]?.mapping ?? [] {
                guard let id = pair.key.string else { continue }
                var component = CollectorComponent(kind: kind, id: Located(id, at: file.location(pair.key)))
                let type = kind == .processor ? component.type : ""
                if type == "attributes" {
                    component.attributeActions = (pair.value["actions"]?.sequence ?? []).compactMap { action in
                        action["action"].flatMap { node in node.string.map { Located($0, at: file.location(node)) } }
                    }
                }
                if type == "transform" {
                    component.statements = CollectorConfigurationReader.statements(in: pair.value, file: file)
                }
                facts.collectorComponents.append(component)
            }
        }
        guard let pipelines = configuration["service"]?["pipelines"] else { return }
        guard let entries = pipelines.mapping else {
            diagnostics.append(InputDiagnostic("'service.pipelines' should map pipeline names to their components; not read",
                                               at: file.location(pipelines), kind: .warning))
            return
        }
        for entry in entries {
            guard let name = entry.key.string, entry.value.mapping != nil else {
                diagnostics.append(InputDiagnostic("pipeline entry is not a mapping of receivers, processors and exporters; ignored",
                                                   at: file.location(entry.key), kind: .warning))
                continue
            }
            var pipeline = CollectorPipeline(name: Located(name, at: file.location(entry.key)))
            pipeline.receivers = file.strings("receivers", in: entry.value)
            pipeline.processors = file.strings("processors", in: entry.value)
            pipeline.processorsKey = file.location(ofKey: "processors", in: entry.value)
            pipeline.exporters = file.strings("exporters", in: entry.value)
            facts.collectorPipelines.append(pipeline)
        }
    }

    /// The OTTL statements of a `transform` processor: the items of `trace_statements`,
    /// `metric_statements`, `log_statements` and `statements`, whether listed directly or
    /// grouped by context (`[{context: span, statements: [...]}]`).
    private static func statements(in node: YAMLNode, file: LoadedFile) -> [Located<String>] {
        var found: [Located<String>] = []
        for key in ["trace_statements", "metric_statements", "log_statements", "statements"] {
            for item in node[key]?.sequence ?? [] {
                if let text = item.string {
                    found.append(Located(text, at: file.location(item)))
                } else if item.mapping != nil {
                    found += statements(in: item, file: file)
                }
            }
        }
        return found
    }
}
