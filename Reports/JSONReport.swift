import PreflightCore

/// The machine report: a versioned contract documented in docs/json-report.md.
/// Keys keep a fixed order and results a fixed sort, so the same input gives the same bytes.
///
/// The report streams: the catalogue comes first, then each agent with its results as soon
/// as it is assessed (rendered by a ``JSONAgentRenderer`` on any core, written by
/// ``JSONReportWriter``), and the run's verdict, score and file lists last, when they are known.
public enum JSONReport {
    /// The contract's version; its major number changes when a key is removed, moved or
    /// changes meaning.
    public static let schemaVersion = "2.0"

    /// Renders `report` whole; `catalogueVersion` names the catalogue the checks came from.
    public static func render(_ report: ScanReport, catalogueVersion: String) -> String {
        var output: [UInt8] = []
        let writer = JSONReportWriter(rootName: report.rootName, gate: report.gate, checks: report.summary.checks,
                                      catalogueVersion: catalogueVersion) { output.append(contentsOf: $0) }
        let renderer = JSONAgentRenderer(checks: report.summary.checks)
        for agent in report.agents { writer.add(renderer.render(agent)) }
        writer.finish(report.summary)
        return String(decoding: output, as: UTF8.self)
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

    /// Writes the members that come after the agents, each on its own line at an indent of
    /// two spaces, the first preceded by `,` unless `first`.
    static func writeTail(_ summary: ScanSummary, first: Bool, into output: inout JSONOutput) {
        output.appendMemberStart("verdict", first: first, indent: 2)
        output.appendJSONString(summary.verdict.rawValue)
        output.appendMemberStart("score", first: false, indent: 2)
        if let score = summary.score { write(score, indent: 2, into: &output) } else { output.append(literal: "null") }
        output.appendMemberStart("diagnostics", first: false, indent: 2)
        writeObjects(summary.diagnostics, into: &output) { diagnostic, output in
            output.appendMemberStart("severity", first: true, indent: 6)
            output.appendJSONString(diagnostic.kind.rawValue)
            output.appendMemberStart("path", first: false, indent: 6)
            output.appendJSONString(diagnostic.location.path)
            output.appendMemberStart("line", first: false, indent: 6)
            output.appendJSONInteger(diagnostic.location.line)
            output.appendMemberStart("column", first: false, indent: 6)
            output.appendJSONInteger(diagnostic.location.column)
            output.appendMemberStart("message", first: false, indent: 6)
            output.appendJSONString(diagnostic.message)
        }
        output.appendMemberStart("files", first: false, indent: 2)
        writeObjects(summary.files, into: &output) { file, output in
            output.appendMemberStart("path", first: true, indent: 6)
            output.appendJSONString(file.path)
            output.appendMemberStart("format", first: false, indent: 6)
            output.appendJSONString(file.format.rawValue)
        }
        output.appendMemberStart("skipped", first: false, indent: 2)
        writeObjects(summary.skipped, into: &output) { file, output in
            output.appendMemberStart("path", first: true, indent: 6)
            output.appendJSONString(file.path)
            output.appendMemberStart("reason", first: false, indent: 6)
            output.appendJSONString(file.reason)
        }
    }

    /// Writes an array of objects that is a top-level member's value; `members` writes the
    /// members of one object, at an indent of six spaces.
    private static func writeObjects<Item>(_ items: [Item], into output: inout JSONOutput,
                                           members: (Item, inout JSONOutput) -> Void) {
        guard !items.isEmpty else { output.append(literal: "[]"); return }
        output.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            output.appendItemStart(first: index == 0, indent: 4)
            output.append(UInt8(ascii: "{"))
            members(item, &output)
            output.appendClosingLine(indent: 4)
            output.append(UInt8(ascii: "}"))
        }
        output.appendClosingLine(indent: 2)
        output.append(UInt8(ascii: "]"))
    }

    /// Writes the first members of a score object, at `indent`: the score under `name`, then
    /// the points earned and possible.
    private static func writePoints(_ name: StaticString, _ score: Int?, earned: Double, possible: Double, indent: Int,
                                    into output: inout JSONOutput) {
        output.appendMemberStart(name, first: true, indent: indent)
        output.appendJSONInteger(score)
        output.appendMemberStart("earned", first: false, indent: indent)
        output.appendJSONDecimal(earned)
        output.appendMemberStart("possible", first: false, indent: indent)
        output.appendJSONDecimal(possible)
    }

    /// Writes a score object whose opening brace sits on a line at `indent`.
    static func write(_ score: Score, indent: Int, into output: inout JSONOutput) {
        output.append(UInt8(ascii: "{"))
        writePoints("overall", score.overall, earned: score.earned, possible: score.possible, indent: indent + 2, into: &output)
        output.appendMemberStart("weights", first: false, indent: indent + 2)
        output.append(UInt8(ascii: "{"))
        for (index, severity) in Severity.allCases.reversed().enumerated() {
            output.appendItemStart(first: index == 0, indent: indent + 4)
            output.appendJSONString(severity.rawValue)
            output.append(literal: ": ")
            output.appendJSONDecimal(severity.weight)
        }
        output.appendClosingLine(indent: indent + 2)
        output.append(UInt8(ascii: "}"))
        output.appendMemberStart("areas", first: false, indent: indent + 2)
        if score.areas.isEmpty {
            output.append(literal: "{}")
        } else {
            output.append(UInt8(ascii: "{"))
            for (index, area) in score.areas.enumerated() {
                output.appendItemStart(first: index == 0, indent: indent + 4)
                output.appendJSONString(area.area.rawValue)
                output.append(literal: ": {")
                writePoints("score", area.score, earned: area.earned, possible: area.possible, indent: indent + 6, into: &output)
                output.appendMemberStart("pass", first: false, indent: indent + 6)
                output.appendJSONInteger(area.count(.pass))
                output.appendMemberStart("fail", first: false, indent: indent + 6)
                output.appendJSONInteger(area.count(.fail))
                output.appendMemberStart("unknown", first: false, indent: indent + 6)
                output.appendJSONInteger(area.count(.unknown))
                output.appendMemberStart("notApplicable", first: false, indent: indent + 6)
                output.appendJSONInteger(area.count(.notApplicable))
                output.appendClosingLine(indent: indent + 4)
                output.append(UInt8(ascii: "}"))
            }
            output.appendClosingLine(indent: indent + 2)
            output.append(UInt8(ascii: "}"))
        }
        output.appendClosingLine(indent: indent)
        output.append(UInt8(ascii: "}"))
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
}
