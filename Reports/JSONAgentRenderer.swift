import PreflightCore

/// Renders agents' objects for the JSON report (``JSONReport``), with what is the same for
/// every agent prepared once: the opening bytes of each check's result for each status and
/// blocking flag (up to its message), and the order results are listed in (by area, then ID).
///
/// An agent whose results are not those of the checks given, one for one in the same order,
/// is rendered by a renderer prepared for its own checks, to the same bytes.
public struct JSONAgentRenderer: Sendable {
    /// The checks, in the order an agent's results come in.
    private let checks: [CheckDescription]
    /// Each check's result up to its message, at an indent of eight spaces, for each status
    /// and blocking flag: the opening of check `i` with `variant` is at `i × variants + variant`.
    private let openings: [[UInt8]]
    /// The indices of `checks` sorted by area, then ID: the order of the report's results.
    private let order: [Int]

    /// A renderer for agents whose results are those of `checks`, in that order.
    public init(checks: [CheckDescription]) {
        self.checks = checks
        openings = checks.flatMap { check in
            var variants = Array(repeating: [UInt8](), count: JSONAgentRenderer.variants)
            for status in Status.allCases {
                for blocking in [false, true] {
                    var opening = JSONOutput(capacity: 256)
                    opening.append(literal: "        {")
                    opening.appendMemberStart("checkId", first: true, indent: 10)
                    opening.appendJSONString(check.id)
                    opening.appendMemberStart("severity", first: false, indent: 10)
                    opening.appendJSONString(check.severity.rawValue)
                    opening.appendMemberStart("status", first: false, indent: 10)
                    opening.appendJSONString(status.rawValue)
                    opening.appendMemberStart("blocking", first: false, indent: 10)
                    opening.append(literal: blocking ? "true" : "false")
                    opening.appendMemberStart("message", first: false, indent: 10)
                    variants[JSONAgentRenderer.variant(status, blocking: blocking)] = opening.withBytes { Array($0) }
                }
            }
            return variants
        }
        let areaRanks = Dictionary(uniqueKeysWithValues: Area.allCases.enumerated().map { ($1, $0) })
        order = checks.indices.sorted { (areaRanks[checks[$0].area]!, checks[$0].id) < (areaRanks[checks[$1].area]!, checks[$1].id) }
    }

    /// One agent's object, results included, as it sits in the `agents` array: pretty-printed
    /// at an indent of four spaces, without the indent of its first line or a separator.
    public func render(_ agent: AgentReport) -> RenderedBytes {
        // The results are read in place, through a buffer, rather than copied one by one.
        agent.results.withUnsafeBufferPointer { results in
            guard results.count == checks.count, results.indices.allSatisfy({ results[$0].check === checks[$0] }) else {
                return JSONAgentRenderer(checks: results.map(\.check)).render(agent)
            }
            var output = JSONOutput(capacity: 65_536)
            output.append(UInt8(ascii: "{"))
            output.appendMemberStart("name", first: true, indent: 6)
            output.appendJSONString(agent.name)
            output.appendMemberStart("path", first: false, indent: 6)
            output.appendJSONString(agent.path)
            output.appendMemberStart("verdict", first: false, indent: 6)
            output.appendJSONString(agent.verdict.rawValue)
            output.appendMemberStart("score", first: false, indent: 6)
            JSONReport.write(agent.score, indent: 6, into: &output)
            output.appendMemberStart("blocking", first: false, indent: 6)
            output.appendJSONStrings(agent.blocking.map(\.check.id), indent: 6)
            output.appendMemberStart("unreadableFiles", first: false, indent: 6)
            output.appendJSONStrings(agent.unreadable.map(\.location.path), indent: 6)
            output.appendMemberStart("files", first: false, indent: 6)
            output.appendJSONStrings(agent.files, indent: 6)
            output.appendMemberStart("results", first: false, indent: 6)
            if results.isEmpty {
                output.append(literal: "[]")
            } else {
                output.append(literal: "[\n")
                for (position, index) in order.enumerated() {
                    if position > 0 { output.append(literal: ",\n") }
                    output.append(openings[index * JSONAgentRenderer.variants
                            + JSONAgentRenderer.variant(results[index].status, blocking: agent.isBlocking[index])])
                    write(resultAt: index, of: results, into: &output)
                }
                output.append(literal: "\n      ]")
            }
            output.append(literal: "\n    }")
            return output.finish()
        }
    }

    /// The rest of one result after its opening: message and locations. The result is read
    /// in place, field by field, rather than copied whole.
    private func write(resultAt index: Int, of results: UnsafeBufferPointer<CheckResult>, into output: inout JSONOutput) {
        output.appendJSONString(results[index].message)
        guard !results[index].evidence.isEmpty else {
            output.append(literal: ",\n          \"locations\": []\n        }")
            return
        }
        output.append(literal: ",\n          \"locations\": [")
        results[index].evidence.withUnsafeBufferPointer { evidence in
            for index in evidence.indices {
                output.append(literal: index == 0 ? "\n            {\n              \"path\": " : ",\n            {\n              \"path\": ")
                output.appendJSONString(evidence[index].evidence.location.path)
                output.append(literal: ",\n              \"line\": ")
                output.appendJSONInteger(evidence[index].evidence.location.line)
                output.append(literal: ",\n              \"column\": ")
                output.appendJSONInteger(evidence[index].evidence.location.column)
                output.append(literal: ",\n              \"note\": ")
                output.appendJSONString(evidence[index].evidence.note)
                output.append(literal: "\n            }")
            }
        }
        output.append(literal: "\n          ]\n        }")
    }

    /// How many openings each check has: one per status and blocking flag.
    private static let variants = 8

    /// The position of the opening for `status` and `blocking` among a check's openings.
    private static func variant(_ status: Status, blocking: Bool) -> Int {
        let statusIndex: Int
        switch status {
        case .pass: statusIndex = 0
        case .fail: statusIndex = 1
        case .unknown: statusIndex = 2
        case .notApplicable: statusIndex = 3
        }
        return statusIndex * 2 + (blocking ? 1 : 0)
    }
}
