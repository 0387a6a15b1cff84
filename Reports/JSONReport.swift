import PreflightCore

/// The machine report: a versioned contract documented in docs/json-report.md.
/// Keys keep a fixed order and results a fixed sort, so the same input gives the same bytes.
public enum JSONReport {
    /// The contract's version; bumped when a key is removed or changes meaning.
    public static let schemaVersion = "1.0"

    /// Renders `report`; `catalogueVersion` names the catalogue the checks came from.
    public static func render(_ report: ScanReport, catalogueVersion: String) -> String {
        let blocking = Set(report.blocking.map { BlockingKey(agent: $0.agentPath, check: $0.check.id) })
        let results = report.agents.flatMap { agent in
            agent.results.sorted { ($0.check.area, $0.check.id) < ($1.check.area, $1.check.id) }
        }
        let document = JSONValue.object([
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
            ("results", .array(results.map { result(in: $0, blocking: blocking.contains(BlockingKey(agent: $0.agentPath, check: $0.check.id))) })),
            ("diagnostics", .array(report.diagnostics.map(diagnostic))),
            ("files", .array(report.files.map { .object([("path", .string($0.path)), ("format", .string($0.format.rawValue))]) })),
            ("skipped", .array(report.skipped.map { .object([("path", .string($0.path)), ("reason", .string($0.reason))]) })),
        ])
        return document.serialized()
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
