import Foundation
import PreflightChecks
import PreflightCore
import PreflightReports
import XCTest

/// Scans every project under Examples/ and compares both reports with the reviewed golden
/// files in Tests/PreflightTests/Golden. Set PREFLIGHT_UPDATE_GOLDEN=1 to rewrite them,
/// then review the diff line by line before committing.
final class ExamplesTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let examples = ["prototype-agent", "kubernetes-agent", "coding-agent", "hardened-agent", "crewai-agent", "a2a-agent"]

    /// Secrets planted in the examples; no report may hold one whole.
    static let plantedSecrets = [
        "ghp_R7xZq2LmN8vB4kT1wY6pC3sD9fH0jK5aE2uQ",
        "Sup3rS3cretPw",
        "sk-proj-4fQ9xL2mZ8vR1tY7uB3nK6wC0pD5sH9jE2gA7qW",
    ]

    static func scan(_ name: String) throws -> ScanReport {
        let path = repository.appendingPathComponent("Examples/\(name)").path
        return try Scanner(checks: Catalogue.checks).scan(path: path)
    }

    func testReportsMatchTheReviewedGoldenFiles() throws {
        let update = ProcessInfo.processInfo.environment["PREFLIGHT_UPDATE_GOLDEN"] == "1"
        for name in Self.examples {
            let report = try Self.scan(name)
            let outputs = [
                ("json", JSONReport.render(report, catalogueVersion: Catalogue.version)),
                ("txt", TerminalReport.render(report, style: TerminalStyle(colour: false))),
            ]
            for (kind, text) in outputs {
                let golden = Self.repository.appendingPathComponent("Tests/PreflightTests/Golden/\(name).\(kind)")
                if update {
                    try Data(text.utf8).write(to: golden)
                    continue
                }
                let expected = try String(contentsOf: golden, encoding: .utf8)
                XCTAssertEqual(text, expected, "Examples/\(name) \(kind) report differs from Golden/\(name).\(kind)")
            }
        }
    }

    /// Locations counted by hand in the example files: each check must fail exactly there
    /// (among possibly other places).
    func testExamplesFailAtTheHandCountedPlaces() throws {
        let expected: [String: [(String, String)]] = [
            "prototype-agent": [
                ("PF-SC-001", ".mcp.json:11:41"), ("PF-SC-001", ".mcp.json:20:63"),
                ("PF-ISO-001", "docker-compose.yml:4:5"), ("PF-ISO-006", "docker-compose.yml:5:5"),
                ("PF-ISO-007", "docker-compose.yml:7:9"), ("PF-PERM-001", ".claude/settings.json:4:5"),
                ("PF-SC-003", ".mcp.json:24:14"), ("PF-PERM-007", ".mcp.json:5:65"),
                ("PF-SC-008", "docker-compose.yml:10:23"), ("PF-PERM-005", ".claude/settings.json:6:3"),
                ("PF-SC-005", "docker-compose.yml:3:5"), ("PF-SC-005", "docker-compose.yml:13:5"),
            ],
            "kubernetes-agent": [
                ("PF-AUD-002", "preflight.yaml:46:3"), ("PF-PERM-009", "preflight.yaml:22:5"),
                ("PF-GOV-002", "preflight.yaml:49:1"), ("PF-ISO-010", "deploy/networkpolicy.yaml:14:13"),
                ("PF-SC-005", "deploy/deployment.yaml:28:11"),
            ],
            "coding-agent": [
                ("PF-PERM-006", ".gemini/settings.json:7:7"), ("PF-PERM-003", ".claude/settings.local.json:3:15"),
            ],
            "crewai-agent": [
                ("PF-ISO-014", "src/market_research/config/agents.yaml:21:3"),
                ("PF-PERM-013", "src/market_research/config/agents.yaml:1:1"),
                ("PF-PERM-013", "src/market_research/config/agents.yaml:32:3"),
            ],
            "a2a-agent": [
                ("PF-ID-009", ".well-known/agent-card.json:14:3"), ("PF-SC-014", ".well-known/agent-card.json:9:13"),
                ("PF-SC-015", ".well-known/agent-card.json:1:1"), ("PF-ID-010", "langgraph.json:4:3"),
                ("PF-SC-008", "langgraph.json:8:23"),
            ],
        ]
        for (name, places) in expected {
            let report = try Self.scan(name)
            let results = report.agents.flatMap(\.results)
            for (id, place) in places {
                let located = results.filter { $0.check.id == id && $0.status == .fail }
                    .flatMap { $0.evidence.map(\.evidence.location.description) }
                XCTAssertTrue(located.contains(place), "Examples/\(name): \(id) should fail at \(place); it points at \(located)")
            }
        }
    }

    func testEachExampleHasTheVerdictItWasWrittenFor() throws {
        XCTAssertEqual(try Self.scan("prototype-agent").verdict, .notReady)
        XCTAssertEqual(try Self.scan("kubernetes-agent").verdict, .notReady)
        XCTAssertEqual(try Self.scan("coding-agent").verdict, .notReady)
        XCTAssertEqual(try Self.scan("crewai-agent").verdict, .notReady)
        XCTAssertEqual(try Self.scan("a2a-agent").verdict, .notReady)
        let hardened = try Self.scan("hardened-agent")
        XCTAssertEqual(hardened.verdict, .ready)
        XCTAssertEqual(hardened.agents.flatMap(\.results).filter(\.isGap).map(\.check.id), [], "the hardened agent has no gap")
        XCTAssertEqual(hardened.diagnostics, [])
    }

    func testNoReportHoldsAPlantedSecret() throws {
        for name in Self.examples {
            let report = try Self.scan(name)
            let texts = [
                JSONReport.render(report, catalogueVersion: Catalogue.version),
                TerminalReport.render(report, style: TerminalStyle(colour: false)),
            ]
            for text in texts {
                for secret in Self.plantedSecrets {
                    XCTAssertFalse(text.contains(secret), "Examples/\(name) report prints \(secret.prefix(4))…")
                }
            }
        }
    }

    func testScanningTwiceGivesTheSameBytes() throws {
        for name in Self.examples {
            let first = JSONReport.render(try Self.scan(name), catalogueVersion: Catalogue.version)
            let second = JSONReport.render(try Self.scan(name), catalogueVersion: Catalogue.version)
            XCTAssertEqual(first, second, name)
        }
    }
}
