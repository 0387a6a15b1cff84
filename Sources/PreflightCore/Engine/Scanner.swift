import Dispatch
import YAML
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a scan: finds the files, reads each once (in parallel), builds the agents, runs
/// every check over each agent, and scores the results. It never prints.
public struct Scanner: Sendable {
    private let checks: [any Check.Type]
    private let gate: Gate
    private let loader = FileLoader(readers: ReaderRegistry.readers, limits: .standard)

    /// Creates a scanner running `checks` under `gate`.
    public init(checks: [any Check.Type], gate: Gate = .standard) {
        self.checks = checks
        self.gate = gate
    }

    /// Scans the directory (or single file) at `path`.
    public func scan(path: String) throws(ScanError) -> ScanReport {
        let discovery = try Discovery(root: path, wanted: loader.isCandidate)
        let files = discovery.files
        let outcomes = ParallelMap.map(files.count) { index -> FileOutcome in
            let file = files[index]
            if let refused = loader.refusal(path: file.path, size: file.size) { return refused }
            guard let bytes = FileReading.bytes(atPath: file.absolutePath, limit: loader.limits.maxBytes + 1) else {
                var outcome = FileOutcome(path: file.path)
                outcome.diagnostics.append(InputDiagnostic("file could not be read: permission denied or I/O error",
                                                           file: file.path, kind: .error))
                return outcome
            }
            return loader.load(path: file.path, bytes: bytes)
        }
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        var rootName = ProjectPath.fileName(of: trimmed)
        if rootName == "." || rootName.isEmpty { rootName = ProjectPath.fileName(of: FileReading.currentDirectory()) }
        return assemble(outcomes, rootName: rootName, extraDiagnostics: discovery.diagnostics)
    }

    /// Scans files given in memory, as tests and examples do.
    public func scan(files: [(path: String, content: String)], rootName: String = "project") -> ScanReport {
        let sorted = files.sorted { $0.path < $1.path }
        let outcomes = ParallelMap.map(sorted.count) { index in
            loader.load(path: sorted[index].path, bytes: Array(sorted[index].content.utf8))
        }
        return assemble(outcomes, rootName: rootName, extraDiagnostics: [])
    }

    private func assemble(_ outcomes: [FileOutcome], rootName: String, extraDiagnostics: [InputDiagnostic]) -> ScanReport {
        let agents = AgentAssembler.agents(from: outcomes, rootName: rootName)
        var fileTexts: [String: String] = [:]
        for outcome in outcomes where outcome.format != nil { fileTexts[outcome.path] = outcome.text }
        let texts = fileTexts
        let checks = self.checks
        let gate = self.gate
        let reports = ParallelMap.map(agents.count) { index -> AgentReport in
            let agent = agents[index]
            let secrets = Scanner.secrets(of: agent)
            let results = checks.map { check in
                Scanner.result(of: check, for: agent, texts: texts, secrets: secrets)
            }
            return AgentReport(agent: agent, results: results, gate: gate)
        }
        let files = outcomes.compactMap { outcome in outcome.format.map { ScannedFile(path: outcome.path, format: $0) } }
        let diagnostics = (extraDiagnostics + outcomes.flatMap(\.diagnostics)).sorted()
        let skipped = outcomes.compactMap { outcome in outcome.skipReason.map { SkippedFile(path: outcome.path, reason: $0) } }
        return ScanReport(rootName: rootName, agents: reports, files: files, skipped: skipped, diagnostics: diagnostics,
                          gate: gate, checkCount: checks.count)
    }

    private static func result(of check: any Check.Type, for agent: Agent, texts: [String: String], secrets: [String]) -> CheckResult {
        var outcome = check.init().evaluate(agent)
        if outcome.status == .notApplicable, let first = agent.unreadable.first {
            outcome = .unknown("could not be confirmed: \(first.location.path) could not be read (\(outcome.message))")
        }
        let evidence = outcome.evidence.sorted { $0.location < $1.location }.map { item -> QuotedEvidence in
            let line = outcome.status == .fail ? texts[item.location.path].flatMap { Scanner.line(item.location.line, of: $0) } : nil
            let cleaned = line.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
            return QuotedEvidence(
                evidence: Evidence(Secrets.redact(item.note, extra: secrets), at: item.location),
                sourceLine: cleaned.map { Secrets.redact($0, extra: secrets) })
        }
        return CheckResult(check: check.description, agentPath: agent.path, status: outcome.status,
                           message: Secrets.redact(outcome.message, extra: secrets), evidence: evidence)
    }

    /// Line `number` (1-based) of `text`, or nil past its end.
    static func line(_ number: Int, of text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var current = 1
            var start = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
                if current == number { return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self) }
                current += 1
                start = index + 1
            }
            return current == number ? String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self) : nil
        }
    }

    /// Every literal secret in the agent's settings and arguments, to mask wherever it is quoted.
    private static func secrets(of agent: Agent) -> [String] {
        var found = agent.credentialSettings.compactMap { Secrets.detect(name: $0.name, value: $0.value)?.secret }
        found += agent.mcpServers.flatMap(\.arguments).compactMap { Secrets.detect(value: $0.value)?.secret }
        found += agent.mcpServers.compactMap { $0.url.flatMap { Secrets.detect(value: $0.value)?.secret } }
        return Array(Set(found)).sorted { $0.count > $1.count }
    }
}

/// Runs a transform over indices on every core, keeping the order of the results.
enum ParallelMap {
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.set(index, transform(index))
        }
        return slots.values()
    }

    /// Result storage written once per index from many threads: each index has one writer.
    private final class Slots<T>: @unchecked Sendable {
        private var storage: [T?]

        init(count: Int) { storage = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: T) {
            storage.withUnsafeMutableBufferPointer { $0[index] = value }
        }

        func values() -> [T] { storage.map { $0! } }
    }
}

/// Reads whole files with POSIX calls.
enum FileReading {
    /// The first `limit` bytes of the file at `path` (all of it when shorter), or nil when it
    /// cannot be read. The limit bounds a file that grew after its size was checked.
    static func bytes(atPath path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while result.count < limit {
            let wanted = min(chunk.count, limit - result.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 { return nil }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// The working directory.
    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
