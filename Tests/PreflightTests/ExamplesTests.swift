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
    static let examples = ["prototype-agent", "kubernetes-agent", "coding-agent", "hardened-agent"]

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
