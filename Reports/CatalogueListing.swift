import PreflightCore

/// `preflight checks`: the catalogue, one line a check, or as JSON.
public enum CatalogueListing {
    /// One line a check: ID, severity, area, title.
    public static func text(_ checks: [CheckDescription], style: TerminalStyle) -> String {
        let width = checks.map(\.id.count).max() ?? 0
        var out = ""
        for check in checks {
            out += style.bold(check.id.padding(to: width + 1)) + " "
            out += style.severity(check.severity, check.severity.rawValue.padding(to: 9))
            out += check.area.rawValue.padding(to: 14) + check.title + "\n"
        }
        let areas = Area.allCases.map { area in "\(checks.filter { $0.area == area }.count) \(area.rawValue)" }
        out += style.dim("\(checks.count) checks: " + areas.joined(separator: ", ")) + "\n"
        return out
    }

    /// The catalogue as JSON, for tools.
    public static func json(_ checks: [CheckDescription], catalogueVersion: String) -> String {
        JSONValue.object([
            ("catalogueVersion", .string(catalogueVersion)),
            ("checks", .array(checks.map { check in
                .object([
                    ("id", .string(check.id)),
                    ("title", .string(check.title)),
                    ("area", .string(check.area.rawValue)),
                    ("severity", .string(check.severity.rawValue)),
                    ("question", .string(check.question)),
                    ("rationale", .string(check.rationale)),
                    ("remediation", .object([
                        ("summary", .string(check.remediation.summary)),
                        ("snippet", .string(check.remediation.snippet)),
                    ])),
                    ("references", .array(check.references.map(JSONValue.string))),
                ])
            })),
        ]).serialized()
    }
}
