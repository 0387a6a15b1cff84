@testable import PreflightCore
import XCTest

/// CODEOWNERS pattern matching, case by case as GitHub documents it.
final class CodeOwnersPatternTests: XCTestCase {
    private func pattern(_ text: String) throws -> CodeOwnersPattern { try CodeOwnersPattern(text) }

    func testAnchoredDirectoryOwnsEverythingBelowIt() throws {
        let logs = try pattern("/build/logs/")
        XCTAssertTrue(logs.matches("build/logs/app.log"))
        XCTAssertTrue(logs.matches("build/logs/2026/11/app.log"))
        XCTAssertFalse(logs.matches("src/build/logs/app.log"))
        XCTAssertFalse(logs.matches("build/logs"))
        let agent = try pattern("/agents/support")
        XCTAssertTrue(agent.matches("agents/support"))
        XCTAssertTrue(agent.matches("agents/support/preflight.yaml"))
        XCTAssertFalse(agent.matches("agents/support-v2/preflight.yaml"))
    }

    func testAMiddleSlashAnchorsToo() throws {
        let config = try pattern("config/mcp.json")
        XCTAssertTrue(config.matches("config/mcp.json"))
        XCTAssertFalse(config.matches("agents/a/config/mcp.json"))
    }

    func testUnanchoredPatternsMatchAtAnyDepth() throws {
        let scripts = try pattern("*.js")
        XCTAssertTrue(scripts.matches("app.js"))
        XCTAssertTrue(scripts.matches("web/src/app.js"))
        XCTAssertFalse(scripts.matches("web/src/app.jsx"))
        let apps = try pattern("apps/")
        XCTAssertTrue(apps.matches("apps/web/index.ts"))
        XCTAssertTrue(apps.matches("services/apps/worker.ts"))
        XCTAssertFalse(apps.matches("apps"))
        let everything = try pattern("*")
        XCTAssertTrue(everything.matches("README.md"))
        XCTAssertTrue(everything.matches("agents/support/.claude/settings.json"))
    }

    func testLoneStarAtTheEndMatchesOnlyDirectChildren() throws {
        let docs = try pattern("docs/*")
        XCTAssertTrue(docs.matches("docs/getting-started.md"))
        XCTAssertFalse(docs.matches("docs/build-app/troubleshooting.md"))
        let top = try pattern("/*")
        XCTAssertTrue(top.matches("compose.yaml"))
        XCTAssertFalse(top.matches("deploy/compose.yaml"))
    }

    func testDoubleStars() throws {
        let logs = try pattern("**/logs")
        XCTAssertTrue(logs.matches("logs/app.log"))
        XCTAssertTrue(logs.matches("deploy/logs/app.log"))
        XCTAssertFalse(logs.matches("deploy/logsarchive/app.log"))
        let middle = try pattern("agents/**/.mcp.json")
        XCTAssertTrue(middle.matches("agents/.mcp.json"))
        XCTAssertTrue(middle.matches("agents/support/triage/.mcp.json"))
        XCTAssertFalse(middle.matches("tools/agents/.mcp.json"))
        let trailing = try pattern("/deploy/**")
        XCTAssertTrue(trailing.matches("deploy/k8s/deployment.yaml"))
        XCTAssertFalse(trailing.matches("deploy"))
    }

    func testQuestionMarkAndEscapes() throws {
        let numbered = try pattern("/agent?.yaml")
        XCTAssertTrue(numbered.matches("agent1.yaml"))
        XCTAssertFalse(numbered.matches("agent10.yaml"))
        XCTAssertFalse(numbered.matches("agent.yaml"))
        XCTAssertTrue(try pattern("\\#notes.md").matches("#notes.md"))
        XCTAssertTrue(try pattern("f\\*o").matches("f*o"))
        XCTAssertFalse(try pattern("f\\*o").matches("foo"))
    }

    func testMatchingIsCaseSensitive() throws {
        XCTAssertFalse(try pattern("/Agents/").matches("agents/support/.mcp.json"))
    }

    func testSyntaxGitHubDoesNotSupportIsRefused() {
        XCTAssertThrowsError(try CodeOwnersPattern("!secrets.env"))
        XCTAssertThrowsError(try CodeOwnersPattern("docs/[a-z]*.md"))
        XCTAssertThrowsError(try CodeOwnersPattern("a/***/b"))
        XCTAssertNoThrow(try CodeOwnersPattern("docs/\\[draft\\].md"))
    }
}
