@testable import PreflightCore
import XCTest

/// Splitting relative paths into directory and file name, on `/` found among the bytes.
final class ProjectPathTests: XCTestCase {
    func testSplitsAtTheLastSlash() {
        XCTAssertEqual(ProjectPath.directory(of: "agents/a/.claude/settings.json"), "agents/a/.claude")
        XCTAssertEqual(ProjectPath.fileName(of: "agents/a/.claude/settings.json"), "settings.json")
        XCTAssertEqual(ProjectPath.project(of: "agents/a/.claude/settings.json", inFolder: ".claude"), "agents/a")
    }

    func testAFileAtTheRootHasTheDotDirectory() {
        XCTAssertEqual(ProjectPath.directory(of: "Dockerfile"), ".")
        XCTAssertEqual(ProjectPath.fileName(of: "Dockerfile"), "Dockerfile")
        XCTAssertNil(ProjectPath.project(of: "settings.json", inFolder: ".claude"))
    }

    func testMultiByteNamesKeepWholeCharacters() {
        XCTAssertEqual(ProjectPath.directory(of: "dépôt/代理/größe.yaml"), "dépôt/代理")
        XCTAssertEqual(ProjectPath.fileName(of: "dépôt/代理/größe.yaml"), "größe.yaml")
        XCTAssertEqual(ProjectPath.fileName(of: "a/🙂.env"), "🙂.env")
    }

    func testATrailingSlashLeavesAnEmptyName() {
        XCTAssertEqual(ProjectPath.fileName(of: "a/b/"), "")
        XCTAssertEqual(ProjectPath.directory(of: "a/b/"), "a/b")
    }
}
