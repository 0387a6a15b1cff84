import YAML

/// What one file contributed to the scan.
struct FileOutcome: Sendable {
    /// The path relative to the scanned root.
    let path: String
    /// The format it was read as; nil when it is not an agent file or could not be read.
    var format: FileFormat?
    /// The facts it holds.
    var facts = AgentFacts()
    /// The agent root it marks, if any.
    var agentRoot: String?
    /// Problems met while reading it.
    var diagnostics: [InputDiagnostic] = []
    /// Its lines, kept for quoting in reports.
    var lines: [Substring] = []
}

/// Reads one file: recognises its format by name or content, parses it once, and hands
/// it to its reader.
struct FileLoader: Sendable {
    let readers: [any FormatReader]
    let limits: YAMLLimits

    /// Whether a path is worth opening at all: YAML, JSON or a name a reader claims.
    func isCandidate(_ path: String) -> Bool {
        FileLoader.isStructuredText(path) || readers.contains { $0.claims(path: path) }
    }

    /// Whether a path ends in a YAML or JSON extension.
    static func isStructuredText(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json") || lower.hasSuffix(".jsonc")
    }

    /// The outcome of a file refused from its size alone, before any of it is read; nil when
    /// it is within the limit. Refusing a file a reader claims is an error; refusing any
    /// other file (which might have been an agent file) is a warning.
    func refusal(path: String, size: Int) -> FileOutcome? {
        guard size > limits.maxBytes else { return nil }
        var outcome = FileOutcome(path: path)
        let severity: InputDiagnostic.Kind = readers.contains { $0.claims(path: path) } ? .error : .warning
        outcome.diagnostics.append(InputDiagnostic(
            "file is \(size) bytes, over the \(limits.maxBytes)-byte limit; not read", file: path, kind: severity))
        return outcome
    }

    /// Reads `bytes` as the file at `path`.
    func load(path: String, bytes: [UInt8]) -> FileOutcome {
        if let refused = refusal(path: path, size: bytes.count) { return refused }
        var outcome = FileOutcome(path: path)
        let claimed = readers.first { $0.claims(path: path) }
        if claimed == nil && !(FileLoader.isStructuredText(path) && FileLoader.mayDescribeAgent(bytes)) {
            return outcome
        }
        let severity: InputDiagnostic.Kind = claimed == nil ? .warning : .error
        if bytes.prefix(8192).contains(0) {
            outcome.diagnostics.append(InputDiagnostic("binary content (NUL bytes); not a text configuration file",
                                                       file: path, kind: severity))
            return outcome
        }
        let lower = path.lowercased()
        let json = lower.hasSuffix(".json") || lower.hasSuffix(".jsonc")
        let stream: YAMLStream
        do {
            stream = try YAML.load(bytes, json: json, limits: limits)
        } catch {
            let templated = bytes.contains(UInt8(ascii: "{")) && String(decoding: bytes, as: UTF8.self).contains("{{")
            if claimed == nil && templated {
                outcome.diagnostics.append(InputDiagnostic(
                    "template (holds {{ }} placeholders); not assessed until rendered", file: path, kind: .warning))
            } else {
                let location = SourceLocation(path: path, line: error.mark.line, column: error.mark.column)
                outcome.diagnostics.append(InputDiagnostic("could not be parsed: \(error.message)", at: location, kind: .error))
            }
            return outcome
        }
        for warning in stream.warnings {
            outcome.diagnostics.append(InputDiagnostic(
                warning.message, at: SourceLocation(path: path, line: warning.mark.line, column: warning.mark.column), kind: .warning))
        }
        guard let reader = claimed ?? readers.first(where: { $0.claims(documents: stream.documents) }) else {
            return outcome
        }
        outcome.format = reader.format
        outcome.agentRoot = reader.agentRoot(of: path)
        outcome.lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        reader.read(LoadedFile(path: path, documents: stream.documents), into: &outcome.facts, diagnostics: &outcome.diagnostics)
        return outcome
    }

    /// A cheap look at a file no reader claims by name: only YAML and JSON that mention
    /// `apiVersion` or `services` can be an agent file recognised by content.
    private static func mayDescribeAgent(_ bytes: [UInt8]) -> Bool {
        contains(bytes, Array("apiVersion".utf8)) || contains(bytes, Array("services".utf8))
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
