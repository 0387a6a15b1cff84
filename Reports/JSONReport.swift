import PreflightCore

/// The machine report: a versioned contract documented in docs/json-report.md.
/// Keys keep a fixed order and results a fixed sort, so the same input gives the same bytes.
public enum JSONReport {
    /// The contract's version; bumped when a key is removed or changes meaning.
    public static let schemaVersion = "1.0"

    /// Renders `report` whole; `catalogueVersion` names the catalogue the checks came from.
    public static func render(_ report: ScanReport, catalogueVersion: String) -> String {
        var output: [UInt8] = []
        write(report, catalogueVersion: catalogueVersion) { output.append(contentsOf: $0) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes `report` to `sink` in chunks of about a megabyte, so a report of thousands of
    /// agents never sits in memory whole. The bytes are those of ``render(_:catalogueVersion:)``.
    public static func write(_ report: ScanReport, catalogueVersion: String, to sink: ([UInt8]) -> Void) {
        let blocking = Set(report.blocking.map { BlockingKey(agent: $0.agentPath, check: $0.check.id) })
        let head: [(String, JSONValue)] = [
            ("schemaVersion", .string(schemaVersion)),
            ("tool", .object([
                ("name", .string(PreflightTool.name)),
                ("version", .string(PreflightTool.version)),
                ("catalogueVersion", .string(catalogueVersion)),
                ("checks", .integer(report.checkCount)),
            ])),
            ("target", .string(report.rootName)),
            ("verdict", .string(report.verdict.rawValue)),
            ("gate", gate(report.gate)),
            ("score", report.score.map(score) ?? .null),
            ("agents", .array(report.agents.map(agent))),
        ]
        let tail: [(String, JSONValue)] = [
            ("diagnostics", .array(report.diagnostics.map(diagnostic))),
            ("files", .array(report.files.map { .object([("path", .string($0.path)), ("format", .string($0.format.rawValue))]) })),
            ("skipped", .array(report.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
        ]
        var buffer: [UInt8] = Array("{\n".utf8)
        buffer.reserveCapacity(1 << 20)
        for (key, value) in head { member(key, value, last: false, into: &buffer) }
        let results = report.agents.flatMap { agent in
            agent.results.sorted { ($0.check.area, $0.check.id) < ($1.check.area, $1.check.id) }
        }
        buffer.append(contentsOf: "  \"results\": ".utf8)
        buffer.append(contentsOf: (results.isEmpty ? "[]" : "[\n").utf8)
        for (index, item) in results.enumerated() {
            buffer.append(contentsOf: "    ".utf8)
            let isBlocking = blocking.contains(BlockingKey(agent: item.agentPath, check: item.check.id))
            result(in: item, blocking: isBlocking).write(into: &buffer, indent: 4)
            buffer.append(contentsOf: (index == results.count - 1 ? "\n  ]" : ",\n").utf8)
            if buffer.count >= 1 << 20 {
                sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer.append(contentsOf: ",\n".utf8)
        for (index, (key, value)) in tail.enumerated() { member(key, value, last: index == tail.count - 1, into: &buffer) }
        buffer.append(contentsOf: "}\n".utf8)
        sink(buffer)
    }

    /// One member of the top-level object, as the pretty printer writes it.
    private static func member(_ key: String, _ value: JSONValue, last: Bool, into buffer: inout [UInt8]) {
        buffer.append(contentsOf: "  ".utf8)
        JSONValue.string(key).write(into: &buffer, indent: 2)
        buffer.append(contentsOf: ": ".utf8)
        value.write(into: &buffer, indent: 2)
        buffer.append(contentsOf: (last ? "\n" : ",\n").utf8)
    }

    private struct BlockingKey: Hashable {
        let agent: String
        let check: String
    }

    private static func gate(_ gate: Gate) -> JSONValue {
        .object([
            ("failOn", .optional(gate.failOn?.rawValue)),
            ("failUnder", .optional(gate.failUnder)),
        ])
    }

    private static func score(_ score: Score) -> JSONValue {
        .object([
            ("overall", .optional(score.overall)),
            ("earned", .decimal(score.earned)),
            ("possible", .decimal(score.possible)),
            ("weights", .object(Severity.allCases.reversed().map { ($0.rawValue, JSONValue.decimal($0.weight)) })),
            ("areas", .object(score.areas.map { area in
                (area.area.rawValue, .object([
                    ("score", .optional(area.score)),
                    ("earned", .decimal(area.earned)),
                    ("possible", .decimal(area.possible)),
                    ("pass", .integer(area.counts[.pass] ?? 0)),
                    ("fail", .integer(area.counts[.fail] ?? 0)),
                    ("unknown", .integer(area.counts[.unknown] ?? 0)),
                    ("notApplicable", .integer(area.counts[.notApplicable] ?? 0)),
                ]))
            })),
        ])
    }

    private static func agent(_ agent: AgentReport) -> JSONValue {
        .object([
            ("name", .string(agent.name)),
            ("path", .string(agent.path)),
            ("verdict", .string(agent.verdict.rawValue)),
            ("score", score(agent.score)),
            ("blocking", .array(agent.blocking.map { .string($0.check.id) })),
            ("unreadableFiles", .array(agent.unreadable.map { .string($0.location.path) })),
            ("files", .array(agent.files.map(JSONValue.string))),
        ])
    }

    private static func result(in result: CheckResult, blocking: Bool) -> JSONValue {
        .object([
            ("agent", .string(result.agentPath)),
            ("checkId", .string(result.check.id)),
            ("title", .string(result.check.title)),
            ("area", .string(result.check.area.rawValue)),
            ("severity", .string(result.check.severity.rawValue)),
            ("status", .string(result.status.rawValue)),
            ("blocking", .bool(blocking)),
            ("message", .string(result.message)),
            ("locations", .array(result.evidence.map { item in
                .object([
                    ("path", .string(item.evidence.location.path)),
                    ("line", .integer(item.evidence.location.line)),
                    ("column", .integer(item.evidence.location.column)),
                    ("note", .string(item.evidence.note)),
                ])
            })),
            ("remediation", .string(result.check.remediation.summary)),
            ("references", .array(result.check.references.map(JSONValue.string))),
        ])
    }

    private static func diagnostic(_ diagnostic: InputDiagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.kind.rawValue)),
            ("path", .string(diagnostic.location.path)),
            ("line", .integer(diagnostic.location.line)),
            ("column", .integer(diagnostic.location.column)),
            ("message", .string(diagnostic.message)),
        ])
    }
}
