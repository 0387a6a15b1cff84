#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// Its text, kept whole (not split, which costs far more memory) for quoting lines in reports.
    var text = ""
    /// Whether its facts belong to one agent or to every agent below its directory.
    var scope = ReaderScope.agent
    /// For a repository-wide file, the directory whose agents it covers.
    var coveredDirectory: String?
    /// Why the file was not read, when it was a candidate no reader took.
    var skipReason: String?
}

extension FileOutcome {
    /// An outcome for the file at `path`, scoped as the reader that claims its name scopes
    /// it, so that even an unreadable CODEOWNERS stays repository-wide and makes no agent.
    init(path: String, claimedBy reader: (any FormatReader)?) {
        self.init(path: path)
        guard let reader else { return }
        scope = reader.scope
        if reader.scope == .repository { coveredDirectory = reader.coveredDirectory(of: path) }
    }
}

/// Reads one file: recognises its format by name or content, parses it once, and hands
/// it to its reader.
struct FileLoader: Sendable {
    let readers: [any FormatReader]
    let limits: YAMLLimits

    /// Whether a path is worth opening at all: YAML, JSON or a name a reader claims.
    /// Discovery keeps only these.
    func isCandidate(_ path: String) -> Bool {
        let file = PathName(path)
        return FileLoader.hasStructuredTextExtension(file.lowercasedName) || readers.contains { $0.claims(file) }
    }

    /// Whether a path (or just its file name) ends in a YAML or JSON extension.
    static func isStructuredText(_ path: String) -> Bool {
        hasStructuredTextExtension(path.lowercased())
    }

    /// ``isStructuredText(_:)`` for a path already lowercased.
    private static func hasStructuredTextExtension(_ lowercased: String) -> Bool {
        lowercased.hasSuffix(".yaml") || lowercased.hasSuffix(".yml") || lowercased.hasSuffix(".json")
            || lowercased.hasSuffix(".jsonc")
    }

    /// The outcome of a file refused from its size alone, before any of it is read; nil when
    /// it is within the limit. `claimed` is the reader that claims it (``claimant(of:)``, nil
    /// when none does): refusing a claimed file is an error; refusing any other file (which
    /// might have been an agent file) is a warning.
    func refusal(path: String, size: Int, claimant claimed: (any FormatReader)?) -> FileOutcome? {
        guard size > limits.maxBytes else { return nil }
        var outcome = FileOutcome(path: path, claimedBy: claimed)
        let severity: InputDiagnostic.Kind = claimed != nil ? .error : .warning
        outcome.diagnostics.append(InputDiagnostic(
            "file is \(size) bytes, over the \(limits.maxBytes)-byte limit; not read", file: path, kind: severity))
        return outcome
    }

    /// How far ``load(path:bytes:depth:claimant:)`` goes.
    enum Depth: Sendable {
        /// Everything: the reader's facts, the text for quoting, the secret scan.
        case whole
        /// Only what the file is: its format, scope and the agent root it marks, with the
        /// problems met on the way; no facts, no text. For planning a scan.
        case recognition
    }

    /// Reads `bytes` as the file at `path`, as far as `depth` says.
    func load(path: String, bytes: [UInt8], depth: Depth = .whole) -> FileOutcome {
        load(path: path, bytes: bytes, depth: depth, claimant: claimant(of: path))
    }

    /// Reads `bytes` as the file at `path`, as far as `depth` says, taking as its claimant
    /// the reader the caller already found with ``claimant(of:)`` (nil: no reader claims
    /// the file by name), so that the readers are not asked again.
    func load(path: String, bytes: [UInt8], depth: Depth = .whole, claimant claimed: (any FormatReader)?) -> FileOutcome {
        if let refused = refusal(path: path, size: bytes.count, claimant: claimed) { return refused }
        var outcome = FileOutcome(path: path, claimedBy: claimed)
        if claimed == nil && !FileLoader.isStructuredText(path) {
            outcome.skipReason = "no reader recognises this file name"
            return outcome
        }
        if claimed == nil && !FileLoader.mayDescribeAgent(bytes) && !readers.contains(where: { $0.mayClaimByContent(path: path) }) {
            outcome.skipReason = "YAML or JSON without an apiVersion, services or pipelines key: not an agent configuration"
            return outcome
        }
        let severity: InputDiagnostic.Kind = claimed == nil ? .warning : .error
        if FileLoader.holdsNUL(bytes) {
            outcome.diagnostics.append(InputDiagnostic("binary content (NUL bytes); not a text configuration file",
                                                       file: path, kind: severity))
            return outcome
        }
        if let reader = claimed, reader.syntax == .text {
            guard let text = String(validating: bytes, as: UTF8.self) else {
                let location = FileLoader.firstInvalidUTF8(bytes, path: path)
                outcome.diagnostics.append(InputDiagnostic("not valid UTF-8 text", at: location, kind: .error))
                return outcome
            }
            accept(reader, path: path, documents: [], bytes: bytes, text: text, depth: depth, into: &outcome)
            return outcome
        }
        let documents: [YAMLNode]
        do {
            documents = try parse(bytes, path: path, syntax: claimed?.syntax ?? .yamlOrJSON, into: &outcome)
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
        guard let reader = claimed ?? readers.first(where: { $0.claims(documents: documents) }) else {
            outcome.skipReason = "YAML or JSON whose content no reader recognises"
            return outcome
        }
        accept(reader, path: path, documents: documents, bytes: bytes,
               text: depth == .whole ? String(decoding: bytes, as: UTF8.self) : "", depth: depth, into: &outcome)
        return outcome
    }

    /// Parses a structured file in the syntax its reader (or its extension) calls for.
    private func parse(_ bytes: [UInt8], path: String, syntax: FileSyntax, into outcome: inout FileOutcome) throws(YAMLError) -> [YAMLNode] {
        if syntax == .toml { return [try TOMLParser.parse(bytes, limits: limits)] }
        let lower = path.lowercased()
        let json = lower.hasSuffix(".json") || lower.hasSuffix(".jsonc")
        let stream = try YAML.load(bytes, json: json, limits: limits)
        for warning in stream.warnings {
            outcome.diagnostics.append(InputDiagnostic(
                warning.message, at: SourceLocation(path: path, line: warning.mark.line, column: warning.mark.column), kind: .warning))
        }
        return stream.documents
    }

    /// Hands a file (its bytes, and its text when read whole) to its reader, with its lines
    /// when the reader reads text, and looks for secrets on every line, whatever the format.
    private func accept(_ reader: any FormatReader, path: String, documents: [YAMLNode], bytes: [UInt8], text: String,
                        depth: Depth, into outcome: inout FileOutcome) {
        outcome.format = reader.format
        outcome.scope = reader.scope
        if reader.scope == .repository { outcome.coveredDirectory = reader.coveredDirectory(of: path) }
        outcome.agentRoot = reader.agentRoot(of: path)
        guard depth == .whole else { return }
        outcome.text = text
        let file = LoadedFile(path: path, documents: documents,
                              lines: reader.syntax == .text ? LoadedFile.lines(of: text) : [])
        reader.read(file, into: &outcome.facts, diagnostics: &outcome.diagnostics)
        outcome.facts.secretFindings += SecretScan.findings(in: bytes, path: path)
    }

    /// Whether the first 8 KiB of `bytes` hold a NUL byte (binary content): found with
    /// `memchr`, many bytes at a time, rather than byte by byte.
    static func holdsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, min(buffer.count, 8192)) != nil
        }
    }

    /// The location of the first byte that breaks UTF-8.
    private static func firstInvalidUTF8(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            guard String(validating: bytes[start..<index], as: UTF8.self) != nil else { break }
            line += 1
            start = index + 1
        }
        var column = 1
        var index = start
        while index < bytes.count {
            let width = bytes[index] < 0x80 ? 1 : bytes[index] >= 0xF0 ? 4 : bytes[index] >= 0xE0 ? 3 : 2
            let end = min(index + width, bytes.count)
            if String(validating: bytes[index..<end], as: UTF8.self) == nil { break }
            index = end
            column += 1
        }
        return SourceLocation(path: path, line: line, column: column)
    }

    /// A cheap look at a file no reader claims by name (and no reader asks to see by
    /// ``FormatReader/mayClaimByContent(path:)``): only YAML and JSON that mention
    /// `apiVersion`, `services` or `pipelines` (a collector configuration) can be an agent
    /// file recognised by content.
    private static func mayDescribeAgent(_ bytes: [UInt8]) -> Bool {
        ByteSearch.contains(bytes, "apiVersion") || ByteSearch.contains(bytes, "services") || ByteSearch.contains(bytes, "pipelines")
    }
}
