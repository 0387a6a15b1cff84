import Foundation
import YAML

/// Reads Preflight's own manifest (`apiVersion: preflight/v1`), found by content under
/// any file name. See docs/manifest.md.
struct ManifestReader: FormatReader {
    let format = FileFormat.preflightManifest

    /// The top-level keys the manifest defines.
    static let sections: Set<String> = [
        "apiVersion", "kind", "metadata", "identity", "model", "models", "prompts", "tools", "policies", "runtime",
        "telemetry", "audit", "governance", "environment",
    ]

    func claims(_ file: PathName) -> Bool { false }

    func claims(documents: [YAMLNode]) -> Bool {
        documents.contains { ManifestReader.isManifest($0) }
    }

    func agentRoot(of path: String) -> String? { ProjectPath.directory(of: path) }

    /// A manifest's `apiVersion` spells `preflight/` out (an escape such as `\x70` in a
    /// double-quoted scalar is not recognised), so a file without the bytes `preflight` is
    /// no manifest. A YAML file that opens (after blank lines, comments, directives and a
    /// `---`) with the line `apiVersion: preflight/…` (the value plain or quoted), and has no
    /// other line starting with `apiVersion`, is one: it marks its directory even if it then
    /// fails to parse, so that a broken manifest blocks its own agent. Anything else is
    /// parsed to know.
    func rootMarking(path: String, bytes: [UInt8]) -> RootMarking {
        guard ByteSearch.contains(bytes, "preflight") else { return .no }
        let name = PathName(path).lowercasedName
        if name.hasSuffix(".json") || name.hasSuffix(".jsonc") { return .unknown }
        return ManifestReader.opensWithManifestAPIVersion(bytes) ? .yes : .unknown
    }

    /// Whether the first line with content is `apiVersion: preflight/…` and no later line
    /// starts with `apiVersion`: the lines are looked at where they lie, one after another.
    static func opensWithManifestAPIVersion(_ bytes: [UInt8]) -> Bool {
        var opened = false
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let line = bytes[start..<end]
            if opened {
                if line.starts(with: "apiVersion".utf8) { return false }
            } else if !isPreamble(line) {
                guard isManifestAPIVersionLine(line) else { return false }
                opened = true
            }
            guard end < bytes.count else { return opened }
            start = end + 1
        }
    }

    /// Whether a line only comes before a document's content: blank, a comment, a
    /// directive (`%YAML`) or a document start (`---`) with nothing after it but a comment.
    private static func isPreamble(_ line: ArraySlice<UInt8>) -> Bool {
        let content = line.drop(while: isBlank)
        if content.isEmpty || content.first == UInt8(ascii: "#") || line.first == UInt8(ascii: "%") { return true }
        guard line.starts(with: "---".utf8) else { return false }
        let rest = line.dropFirst(3)
        guard let next = rest.first else { return true }
        let afterBlanks = rest.drop(while: isBlank)
        return isBlank(next) && (afterBlanks.isEmpty || afterBlanks.first == UInt8(ascii: "#"))
    }

    /// Whether `line` is, from its first column, `apiVersion`, a colon and a value beginning
    /// `preflight/` (after optional blanks and an opening quote).
    private static func isManifestAPIVersionLine(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: "apiVersion".utf8) else { return false }
        var rest = line.dropFirst("apiVersion".utf8.count).drop(while: isBlank)
        guard rest.first == UInt8(ascii: ":") else { return false }
        rest = rest.dropFirst().drop(while: isBlank)
        if rest.first == UInt8(ascii: "\"") || rest.first == UInt8(ascii: "'") { rest = rest.dropFirst() }
        return rest.starts(with: "preflight/".utf8)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    static func isManifest(_ document: YAMLNode) -> Bool {
        document["apiVersion"]?.string?.hasPrefix("preflight/") == true
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        for document in file.documents where ManifestReader.isManifest(document) {
            read(document, file: file, into: &facts, diagnostics: &diagnostics)
        }
    }

    private func read(_ root: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let start = file.location(ofKey: "apiVersion", in: root) ?? file.location(root)
        if let version = file.string("apiVersion", in: root), version.value != "preflight/v1" {
            diagnostics.append(InputDiagnostic("manifest apiVersion '\(version.value)' is not preflight/v1; read as v1",
                                               at: version.location, kind: .warning))
        }
        for pair in root.mapping ?? [] {
            guard let key = pair.key.string, !ManifestReader.sections.contains(key) else { continue }
            diagnostics.append(InputDiagnostic("unknown manifest key '\(key)'; ignored", at: file.location(pair.key.mark), kind: .warning))
        }
        facts.manifests.append(start)
        let metadata = root["metadata"]
        let metadataLocation = file.location(ofKey: "metadata", in: root) ?? start

        var identity = Identity(location: metadataLocation)
        identity.name = file.string("name", in: metadata)
        identity.version = file.string("version", in: metadata)
        identity.description = file.string("description", in: metadata)
        let identitySection = root["identity"]
        identity.section = file.location(ofKey: "identity", in: root)
        identity.principal = file.string("principal", in: identitySection)
        identity.credential = file.string("credential", in: identitySection)
        if let lifetime = file.string("tokenLifetime", in: identitySection) {
            if let seconds = Duration.seconds(lifetime.value) {
                identity.tokenLifetimeSeconds = Located(seconds, at: lifetime.location)
            } else {
                diagnostics.append(InputDiagnostic("tokenLifetime '\(lifetime.value)' is not a duration such as 15m or 1h",
                                                   at: lifetime.location, kind: .warning))
            }
        }
        identity.rotation = file.string("rotation", in: identitySection)
        facts.identity = identity

        var governance = Governance(location: metadataLocation)
        governance.owner = file.string("owner", in: metadata)
        governance.contact = file.string("contact", in: metadata)
        let governanceSection = root["governance"]
        governance.section = file.location(ofKey: "governance", in: root)
        governance.killSwitch = file.string("killSwitch", in: governanceSection)
        governance.incidentRunbook = file.string("incidentRunbook", in: governanceSection)
        governance.reviewers = file.strings("reviewers", in: governanceSection)
        governance.approvedBy = file.string("approvedBy", in: governanceSection)
        governance.riskTier = file.string("riskTier", in: governanceSection)
        governance.dataClassification = file.string("dataClassification", in: governanceSection)
        facts.governance = governance

        readArtefacts(root, file: file, into: &facts)
        readTools(root["tools"], file: file, into: &facts, diagnostics: &diagnostics)
        if let location = file.location(ofKey: "policies", in: root) {
            facts.policy = readPolicy(root["policies"], at: location, file: file)
        }
        if let location = file.location(ofKey: "runtime", in: root) {
            let runtime = root["runtime"]
            var sandbox = Sandbox(origin: "manifest runtime", location: location)
            sandbox.kind = file.string("sandbox", in: runtime)
            if let kind = sandbox.kind {
                let enabled = !["none", "false", "off", "disabled", "host"].contains(kind.value.lowercased())
                sandbox.enabled = Located(enabled, at: kind.location)
            }
            sandbox.network = file.string("network", in: runtime)
            sandbox.allowedDomains = file.strings("allowedDomains", in: runtime)
            facts.sandboxes.append(sandbox)
        }
        if let location = file.location(ofKey: "telemetry", in: root) {
            let section = root["telemetry"]
            var telemetry = Telemetry(location: location)
            telemetry.enabled = file.bool("enabled", in: section)
            telemetry.exporter = file.string("exporter", in: section)
            telemetry.endpoint = file.string("endpoint", in: section)
            telemetry.serviceName = file.string("serviceName", in: section)
            telemetry.captureContent = file.string("captureContent", in: section)
            facts.telemetry = telemetry
        }
        if let location = file.location(ofKey: "audit", in: root) {
            let section = root["audit"]
            var audit = AuditTrail(location: location)
            audit.sink = file.string("sink", in: section)
            audit.retentionDays = file.int("retentionDays", in: section)
            audit.tamperEvidence = file.string("tamperEvidence", in: section)
            audit.fields = file.strings("fields", in: section)
            audit.fieldsLocation = file.location(ofKey: "fields", in: section)
            facts.audit = audit
        }
        facts.environment += file.variables(root["environment"], origin: "manifest environment")
    }

    private func readArtefacts(_ root: YAMLNode, file: LoadedFile, into facts: inout AgentFacts) {
        var models: [YAMLNode] = []
        if let model = root["model"] { models.append(model) }
        models += root["models"]?.sequence ?? []
        for model in models {
            let name = model["name"]?.string ?? model.string ?? "model"
            facts.artefacts.append(ArtefactReference(kind: "model", name: name, location: file.location(model),
                                                     version: file.string("version", in: model)))
        }
        for prompt in root["prompts"]?.sequence ?? [] {
            let name = prompt["name"]?.string ?? prompt["path"]?.string ?? "prompt"
            facts.artefacts.append(ArtefactReference(kind: "prompt", name: name, location: file.location(prompt),
                                                     version: file.string("version", in: prompt)))
        }
    }

    private func readTools(_ node: YAMLNode?, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        for tool in node?.sequence ?? [] {
            guard let name = tool["name"]?.string else {
                diagnostics.append(InputDiagnostic("tool entry without a name; ignored", at: file.location(tool), kind: .warning))
                continue
            }
            var effects: [Located<ToolEffect>] = []
            for effect in file.strings("effects", in: tool) {
                if let known = ToolEffect(rawValue: effect.value) {
                    effects.append(Located(known, at: effect.location))
                } else {
                    let names = ToolEffect.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.append(InputDiagnostic("unknown tool effect '\(effect.value)' (known: \(names))",
                                                       at: effect.location, kind: .warning))
                }
            }
            let location = tool.pair("name").map { file.location($0.key.mark) } ?? file.location(tool)
            facts.tools.append(ToolDeclaration(
                name: name, location: location, server: tool["server"]?.string, effects: effects,
                dataClasses: file.strings("dataClasses", in: tool), approval: file.string("approval", in: tool)))
        }
    }

    private func readPolicy(_ node: YAMLNode?, at location: SourceLocation, file: LoadedFile) -> Policy {
        var policy = Policy(location: location)
        policy.defaultDecision = file.string("default", in: node)
        for rule in node?["rules"]?.sequence ?? [] {
            guard let tool = rule["tool"]?.string, let decision = rule["decision"]?.string,
                  let kind = PermissionDecision(rawValue: decision.lowercased()) else { continue }
            policy.rules.append(PermissionRule(decision: kind, rule: tool, location: file.location(rule)))
        }
        policy.rateLimit = summary("rateLimits", in: node, file: file)
        policy.budget = summary("budget", in: node, file: file)
        let limits = node?["limits"]
        policy.limitsLocation = file.location(ofKey: "limits", in: node)
        policy.maxIterations = file.int("maxIterations", in: limits)
        policy.maxRuntimeSeconds = file.int("maxRuntimeSeconds", in: limits)
        return policy
    }

    /// A mapping's scalar settings as `key=value, ...`, located at its key; nil when empty.
    private func summary(_ key: String, in node: YAMLNode?, file: LoadedFile) -> Located<String>? {
        guard let pair = node?.pair(key) else { return nil }
        let parts = (pair.value.mapping ?? []).compactMap { item -> String? in
            guard let name = item.key.string, let value = item.value.string else { return nil }
            return "\(name)=\(value)"
        }
        guard !parts.isEmpty || (pair.value.string.map { !$0.isEmpty && !pair.value.isNull } ?? false) else { return nil }
        return Located(parts.isEmpty ? pair.value.string! : parts.joined(separator: ", "), at: file.location(pair.key.mark))
    }
}

/// Parses durations written as `90`, `90s`, `15m`, `1h`, `7d`.
enum Duration {
    static func seconds(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace().lowercased()
        guard let unit = trimmed.last else { return nil }
        if unit.isNumber { return Int(trimmed) }
        guard let amount = Int(trimmed.dropLast()) else { return nil }
        switch unit {
        case "s": return amount
        case "m": return amount * 60
        case "h": return amount * 3_600
        case "d": return amount * 86_400
        default: return nil
        }
    }
}
