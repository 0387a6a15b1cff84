import Foundation
import PreflightChecks
import PreflightCore
@testable import PreflightReports
import XCTest

/// The agent renderer, with its per-check openings and precomputed order, against the obvious
/// implementation: the agent's object built as a JSONValue tree, results sorted by area then
/// ID, and pretty-printed.
final class JSONAgentRendererTests: XCTestCase {
    private func slowlyRendered(_ agent: AgentReport) -> String {
        let areaOrder = Area.allCases
        let results = agent.results.sorted { lhs, rhs in
            (areaOrder.firstIndex(of: lhs.check.area)!, lhs.check.id) < (areaOrder.firstIndex(of: rhs.check.area)!, rhs.check.id)
        }
        func decimal(_ number: Double) -> JSONValue { .decimal(number) }
        let score = agent.score
        let value = JSONValue.object([
            ("name", .string(agent.name)),
            ("path", .string(agent.path)),
            ("verdict", .string(agent.verdict.rawValue)),
            ("score", .object([
                ("overall", .optional(score.overall)),
                ("earned", decimal(score.earned)),
                ("possible", decimal(score.possible)),
                ("weights", .object(Severity.allCases.reversed().map { ($0.rawValue, decimal($0.weight)) })),
                ("areas", .object(score.areas.map { area in
                    (area.area.rawValue, .object([
                        ("score", .optional(area.score)),
                        ("earned", decimal(area.earned)),
                        ("possible", decimal(area.possible)),
                        ("pass", .integer(area.counts[.pass] ?? 0)),
                        ("fail", .integer(area.counts[.fail] ?? 0)),
                        ("unknown", .integer(area.counts[.unknown] ?? 0)),
                        ("notApplicable", .integer(area.counts[.notApplicable] ?? 0)),
                    ]))
                })),
            ])),
            ("blocking", .array(agent.blocking.map { .string($0.check.id) })),
            ("unreadableFiles", .array(agent.unreadable.map { .string($0.location.path) })),
            ("files", .array(agent.files.map(JSONValue.string))),
            ("results", .array(results.map { result in
                .object([
                    ("checkId", .string(result.check.id)),
                    ("severity", .string(result.check.severity.rawValue)),
                    ("status", .string(result.status.rawValue)),
                    ("blocking", .bool(agent.blocking.contains { $0.check === result.check })),
                    ("message", .string(result.message)),
                    ("locations", .array(result.evidence.map { item in
                        .object([
                            ("path", .string(item.evidence.location.path)),
                            ("line", .integer(item.evidence.location.line)),
                            ("column", .integer(item.evidence.location.column)),
                            ("note", .string(item.evidence.note)),
                        ])
                    })),
                ])
            })),
        ])
        // The agent sits in the report's `agents` array, at an indent of four spaces.
        var output = JSONOutput()
        value.write(into: &output, indent: 4)
        return output.text
    }

    private func rendered(_ agent: AgentReport, by renderer: JSONAgentRenderer) -> String {
        renderer.render(agent).withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    func testEveryExampleAgentIsRenderedAsTheJSONValueTreeWouldBe() throws {
        let renderer = JSONAgentRenderer(checks: Catalogue.checks.map { $0.description })
        var agents = 0
        for name in ExamplesTests.examples {
            for agent in try ExamplesTests.scan(name).agents {
                XCTAssertEqual(rendered(agent, by: renderer), slowlyRendered(agent), "\(name): \(agent.path)")
                agents += 1
            }
        }
        XCTAssertGreaterThan(agents, 5)
    }

    func testAgentsWhoseResultsAreNotTheRenderersChecksAreRenderedAlike() throws {
        let checks = Catalogue.checks.map { $0.description }
        let agent = try XCTUnwrap(ExamplesTests.scan("prototype-agent").agents.first)
        let expected = rendered(agent, by: JSONAgentRenderer(checks: checks))
        XCTAssertEqual(rendered(agent, by: JSONAgentRenderer(checks: [])), expected)
        XCTAssertEqual(rendered(agent, by: JSONAgentRenderer(checks: checks.reversed())), expected)
        XCTAssertEqual(rendered(agent, by: JSONAgentRenderer(checks: Array(checks.dropLast()))), expected)
    }
}
