import PreflightChecks
import PreflightCore
import Foundation
import XCTest

/// Runs every registered check's examples, SwiftLint-style, and keeps the catalogue whole.
final class CatalogueTests: XCTestCase {
    func testEveryCheckPassesItsPassingExamples() {
        for check in Catalogue.checks {
            let description = check.description
            for (index, example) in description.passingExamples.enumerated() {
                let (results, _, report) = ExampleScan.results(of: description.id, in: example)
                XCTAssertFalse(results.isEmpty, "\(description.id) passing example \(index + 1): no agent was found")
                for result in results {
                    XCTAssertEqual(result.status, .pass,
                                   "\(description.id) passing example \(index + 1): \(result.status.rawValue): \(result.message)")
                }
                XCTAssertTrue(report.diagnostics.filter { $0.kind == .error }.isEmpty,
                              "\(description.id) passing example \(index + 1) has unreadable files: \(report.diagnostics)")
            }
        }
    }

    func testEveryCheckFailsItsFailingExamplesAtTheMarkedPlaces() {
        for check in Catalogue.checks {
            let description = check.description
            for (index, example) in description.failingExamples.enumerated() {
                let (results, prepared, report) = ExampleScan.results(of: description.id, in: example)
                let label = "\(description.id) failing example \(index + 1)"
                XCTAssertTrue(report.diagnostics.filter { $0.kind == .error }.isEmpty, "\(label) has unreadable files: \(report.diagnostics)")
                let failures = results.filter { $0.status == .fail }
                XCTAssertFalse(failures.isEmpty, "\(label) did not fail: \(results.map { "\($0.status.rawValue): \($0.message)" })")
                XCTAssertFalse(prepared.markers.isEmpty, "\(label) has no ↓ marker saying where it must point")
                let located = Set(failures.flatMap { $0.evidence.map(\.evidence.location) })
                XCTAssertEqual(located, prepared.markers,
                               "\(label) points at \(located.sorted()), expected \(prepared.markers.sorted())")
            }
        }
    }

    func testEveryCheckHasExamplesAndAUniqueWellFormedID() {
        var seen: Set<String> = []
        for check in Catalogue.checks {
            let description = check.description
            XCTAssertTrue(seen.insert(description.id).inserted, "\(description.id) is registered twice or its ID repeats")
            XCTAssertTrue(description.id.hasPrefix(description.area.idPrefix + "-"),
                          "\(description.id) does not start with its area's prefix \(description.area.idPrefix)")
            XCTAssertFalse(description.passingExamples.isEmpty, "\(description.id) has no passing example")
            XCTAssertFalse(description.failingExamples.isEmpty, "\(description.id) has no failing example")
            XCTAssertFalse(description.question.isEmpty, "\(description.id) has no question")
            XCTAssertFalse(description.rationale.isEmpty, "\(description.id) has no rationale")
            XCTAssertFalse(description.remediation.snippet.isEmpty, "\(description.id) has no remediation snippet")
        }
    }

    func testCatalogueListsChecksByAreaThenNumber() {
        let order = Catalogue.checks.map { check -> (Area, Int) in
            let description = check.description
            return (description.area, Int(description.id.split(separator: "-").last ?? "") ?? -1)
        }
        for (previous, next) in zip(order, order.dropFirst()) {
            XCTAssertTrue(previous < next, "catalogue order breaks at \(next.0.rawValue) \(next.1)")
        }
    }

    func testCatalogueCoversEveryAreaWithAtLeastFourChecksAndFortyInAll() {
        XCTAssertGreaterThanOrEqual(Catalogue.checks.count, 40)
        for area in Area.allCases {
            let count = Catalogue.checks.filter { $0.description.area == area }.count
            XCTAssertGreaterThanOrEqual(count, 4, "\(area.title) has \(count) checks")
        }
    }

    func testEveryCheckFileInTheCatalogueFolderIsRegistered() throws {
        let checksDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Checks")
        let registered = Set(Catalogue.checks.map { String(describing: $0) })
        let enumerator = FileManager.default.enumerator(at: checksDirectory, includingPropertiesForKeys: nil)
        var found = 0
        while let url = enumerator?.nextObject() as? URL {
            let parent = url.deletingLastPathComponent().lastPathComponent
            guard url.pathExtension == "swift", parent != "Checks", parent != "Support" else { continue }
            found += 1
            let name = url.deletingPathExtension().lastPathComponent
            XCTAssertTrue(registered.contains(name), "Checks/\(parent)/\(url.lastPathComponent) holds a check that is not registered in Catalogue.swift (or its type is not named after its file)")
        }
        XCTAssertEqual(found, Catalogue.checks.count, "every check lives in its own file under Checks/<Area>/")
    }
}
