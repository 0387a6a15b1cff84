import PreflightCore

/// The machine report: a versioned contract documented in docs/json-report.md.
/// Keys keep a fixed order and results a fixed sort, so the same input gives the same bytes.
///
/// The report streams: the catalogue comes first, then each agent with its results as soon
/// as it is assessed (``agent(_:)``, on any core, written by ``JSONReportWriter``), and the
/// run's verdict, score and file lists last, when they are known.
public enum JSONReport {
    /// The contract's version; its major number changes when a key is removed, moved or
    /// changes meaning.
    public static let schemaVersion = "2.0"

    /// Renders `report` whole; `catalogueVersion` names the catalogue the checks came from.
    public static func render(_ report: ScanReport, catalogueVersion: String) -> String {
        var output: [UInt8] = []
        let writer = JSONReportWriter(rootName: report.rootName, gate: report.gate, checks: report.summary.checks,
                                      catalogueVersion: catalogueVersion) { output.append(contentsOf: $0) }
        for agent in report.agents { writer.add(JSONReport.agent(agent)) }
        writer.finish(report.summary)
        return String(decoding: output, as: UTF8.self)
    }

    /// One agent's object, results included, as it sits in the `agents` array: pretty-printed
    /// at an indent of four spaces, without the indent of its first line or a separator.
    public static func agent(_ agent: AgentReport) -> [UInt8] {
        let blocking = Set(agent.blocking.map(\.check.id))
        let results = agent.results.sorted { ($0.check.area, $0.check.id) < ($1.check.area, $1.check.id) }
        var output: [UInt8] = []
        output.reserveCapacity(65_536)
        JSONValue.object([
            ("name", .string(agent.name)),
            ("path", .string(agent.path)),
            ("verdict", .string(agent.verdict.rawValue)),
            ("score", score(agent.score)),
            ("blocking", .array(agent.blocking.map { .string($0.check.id) })),
            ("unreadableFiles", .array(agent.unreadable.map { .string($0.location.path) })),
            ("files", .array(agent.files.map(JSONValue.string))),
        ]).write(into: &output, indent: 4)
        // The results are most of the report, so they are written straight to bytes rather
        // than built as values first; the bytes are those the pretty printer would write.
        output.removeLast(6)  // "\n    }"
        output.append(contentsOf: ",\n      \"results\": ".utf8)
        if results.isEmpty {
            output.append(contentsOf: "[]".utf8)
        } else {
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in results.enumerated() {
                write(item, blocking: blocking.contains(item.check.id), into: &output)
                output.append(contentsOf: (index == results.count - 1 ? "\n" : ",\n").utf8)
            }
            output.append(contentsOf: "      ]".utf8)
        }
        output.append(contentsOf: "\n    }".utf8)
        return output
    }

    /// The members written before the agents.
    static func head(rootName: String, gate: Gate, checks: [CheckDescription], catalogueVersion: String) -> [(String, JSONValue)] {
        [
            ("schemaVersion", .string(schemaVersion)),
            ("tool", .object([
                ("name", .string(PreflightTool.name)),
                ("version", .string(PreflightTool.version)),
                ("catalogueVersion", .string(catalogueVersion)),
            ])),
            ("target", .string(rootName)),
            ("gate", .object([
                ("failOn", .optional(gate.failOn?.rawValue)),
                ("failUnder", .optional(gate.failUnder)),
            ])),
            ("checks", .array(checks.map(check))),
        ]
    }

    /// The members written after the agents.
    static func tail(_ summary: ScanSummary) -> [(String, JSONValue)] {
        [
            ("verdict", .string(summary.verdict.rawValue)),
            ("score", summary.score.map(score) ?? .null),
            ("diagnostics", .array(summary.diagnostics.map(diagnostic))),
            ("files", .array(summary.files.map { .object([("path", .string($0.path)), ("format", .string($0.format.rawValue))]) })),
            ("skipped", .array(summary.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
        ]
    }

    private static func check(_ check: CheckDescription) -> JSONValue {
        .object([
            ("id", .string(check.id)),
            ("title", .string(check.title)),
            ("area", .string(check.area.rawValue)),
            ("severity", .string(check.severity.rawValue)),
            ("remediation", .string(check.remediation.summary)),
            ("references", .array(check.references.map(JSONValue.string))),
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

    /// One result as an element of an agent's `results`, at an indent of eight spaces.
    private static func write(_ result: CheckResult, blocking: Bool, into output: inout [UInt8]) {
        output.append(literal: "        {\n          \"checkId\": ")
        JSONValue.writeString(result.check.id, into: &output)
        output.append(literal: ",\n          \"severity\": ")
        JSONValue.writeString(result.check.severity.rawValue, into: &output)
        output.append(literal: ",\n          \"status\": ")
        JSONValue.writeString(result.status.rawValue, into: &output)
        output.append(literal: blocking ? ",\n          \"blocking\": true" : ",\n          \"blocking\": false")
        output.append(literal: ",\n          \"message\": ")
        JSONValue.writeString(result.message, into: &output)
        output.append(literal: ",\n          \"locations\": ")
        if result.evidence.isEmpty {
            output.append(literal: "[]")
        } else {
            output.append(literal: "[\n")
            for (index, item) in result.evidence.enumerated() {
                let location = item.evidence.location
                output.append(literal: "            {\n              \"path\": ")
                JSONValue.writeString(location.path, into: &output)
                output.append(literal: ",\n              \"line\": ")
                output.append(contentsOf: String(location.line).utf8)
                output.append(literal: ",\n              \"column\": ")
                output.append(contentsOf: String(location.column).utf8)
                output.append(literal: ",\n              \"note\": ")
                JSONValue.writeString(item.evidence.note, into: &output)
                output.append(literal: index == result.evidence.count - 1 ? "\n            }\n" : "\n            },\n")
            }
            output.append(literal: "          ]")
        }
        output.append(literal: "\n        }")
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
