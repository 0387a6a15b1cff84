import Foundation
import PreflightChecks
@testable import PreflightCore
import PreflightReports
import XCTest

/// Keeps generated and hand-written documentation in step with the code.
final class DocumentationTests: XCTestCase {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func testChecksDocumentIsGeneratedFromTheCatalogue() throws {
        let committed = try String(contentsOf: root.appendingPathComponent("docs/checks.md"), encoding: .utf8)
        let generated = CatalogueDocument.markdown(Catalogue.checks.map { $0.description }, catalogueVersion: Catalogue.version)
        XCTAssertEqual(committed, generated,
                       "docs/checks.md is out of date: run `swift run preflight checks --format markdown -o docs/checks.md`")
    }

    func testTheManifestDocumentsCompleteExampleReadsWithoutWarnings() throws {
        let document = try String(contentsOf: root.appendingPathComponent("docs/manifest.md"), encoding: .utf8)
        let start = try XCTUnwrap(document.range(of: "```yaml\n"))
        let end = try XCTUnwrap(document.range(of: "```", range: start.upperBound..<document.endIndex))
        let manifest = String(document[start.upperBound..<end.lowerBound])
        let runbook = "# Support triage: incident runbook\n\n1. Stop the agent: switch off the feature flag.\n"
        let report = Scanner(checks: Catalogue.checks).scan(files: [
            ("preflight.yaml", manifest), ("docs/runbooks/support-triage.md", runbook),
        ])
        XCTAssertEqual(report.diagnostics, [], "the documented example must read cleanly")
        XCTAssertEqual(report.agents.map(\.name), ["support-triage"])
        let failing = report.agents.flatMap(\.results).filter { $0.status == .fail }
        XCTAssertEqual(failing.map(\.check.id), [], "the documented example is a model manifest: \(failing.map(\.message))")
    }

    func testTheSchemaKnowsEveryManifestSection() throws {
        let data = try Data(contentsOf: root.appendingPathComponent("docs/preflight-manifest.schema.json"))
        let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        let sections = ManifestReader.sections
        XCTAssertEqual(Set(properties.keys), sections)
        let document = try String(contentsOf: root.appendingPathComponent("docs/manifest.md"), encoding: .utf8)
        for section in sections where section != "apiVersion" && section != "kind" && section != "models" {
            XCTAssertTrue(document.contains("\n\(section):"), "docs/manifest.md's example shows \(section)")
        }
    }
}
