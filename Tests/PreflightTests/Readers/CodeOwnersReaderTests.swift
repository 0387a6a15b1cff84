@testable import PreflightCore
import XCTest

/// The CODEOWNERS reader: rules located at their patterns, comments and escapes, lines GitHub
/// skips reported, last match wins.
final class CodeOwnersReaderTests: XCTestCase {
    private let path = ".github/CODEOWNERS"

    private var file: FileOutcome {
        ReaderHarness.load(path, """
            # Agent platform owners

            *                       @acme/platform
            /agents/                @acme/agents-team  alice@acme.com
            **/.claude/ @acme/security   # settings need a security review
            \\#runbook.md            @acme/oncall
              agents/legacy/
            !secrets.env            @acme/security
            docs/[a-z]*.md          @acme/docs
            *.lock                  deploy-bot
            """)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testFormatScopeAndCoverage() {
        let outcome = file
        XCTAssertEqual(outcome.format, .codeOwners)
        XCTAssertEqual(outcome.scope, .repository)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.coveredDirectory, ".")
    }

    func testRulesAreLocatedAtTheirPatternsWithCommentsAndEscapesHandled() throws {
        let codeOwners = try XCTUnwrap(file.facts.repositoryEvidence.codeOwners)
        XCTAssertEqual(codeOwners.path, path)
        XCTAssertEqual(codeOwners.rules.map(\.pattern.value), ["*", "/agents/", "**/.claude/", "\\#runbook.md", "agents/legacy/"])
        XCTAssertEqual(codeOwners.rules.map(\.pattern.location), [at(3, 1), at(4, 1), at(5, 1), at(6, 1), at(7, 3)])
        XCTAssertEqual(codeOwners.rules.map(\.owners), [
            ["@acme/platform"], ["@acme/agents-team", "alice@acme.com"], ["@acme/security"], ["@acme/oncall"], [],
        ])
    }

    func testLinesGitHubSkipsAreReportedAsWarnings() {
        let diagnostics = file.diagnostics
        XCTAssertEqual(diagnostics.map(\.location), [at(8, 1), at(9, 1), at(10, 1)])
        XCTAssertEqual(diagnostics.map(\.kind), [.warning, .warning, .warning])
        XCTAssertTrue(diagnostics[0].message.contains("negation"), diagnostics[0].message)
        XCTAssertTrue(diagnostics[1].message.contains("character ranges"), diagnostics[1].message)
        XCTAssertTrue(diagnostics[2].message.contains("'deploy-bot'"), diagnostics[2].message)
    }

    func testTheLastMatchingRuleWinsAndAnOwnerlessRuleUnowns() throws {
        let codeOwners = try XCTUnwrap(file.facts.repositoryEvidence.codeOwners)
        XCTAssertEqual(codeOwners.owners(of: "README.md"), Located(["@acme/platform"], at: at(3, 1)))
        XCTAssertEqual(codeOwners.owners(of: "agents/support/preflight.yaml"),
                       Located(["@acme/agents-team", "alice@acme.com"], at: at(4, 1)))
        XCTAssertEqual(codeOwners.owners(of: "agents/support/.claude/settings.json"), Located(["@acme/security"], at: at(5, 1)))
        XCTAssertEqual(codeOwners.owners(of: "docs/#runbook.md"), Located(["@acme/oncall"], at: at(6, 1)))
        XCTAssertEqual(codeOwners.owners(of: "agents/legacy/.mcp.json"), Located([], at: at(7, 3)))
        // The skipped `!secrets.env` line does not unown the file.
        XCTAssertEqual(codeOwners.owners(of: "secrets.env"), Located(["@acme/platform"], at: at(3, 1)))
    }

    func testNoRuleMatchingGivesNoOwners() throws {
        let outcome = ReaderHarness.load("CODEOWNERS", "/agents/ @acme/agents-team\n")
        let codeOwners = try XCTUnwrap(outcome.facts.repositoryEvidence.codeOwners)
        XCTAssertNil(codeOwners.owners(of: "compose.yaml"))
        XCTAssertEqual(codeOwners.owners(of: "agents/a/compose.yaml")?.value, ["@acme/agents-team"])
    }

    func testOnlyGitHubsThreePlacesAreRead() {
        let reader = CodeOwnersReader()
        XCTAssertTrue(reader.claims(path: "CODEOWNERS"))
        XCTAssertTrue(reader.claims(path: ".github/CODEOWNERS"))
        XCTAssertTrue(reader.claims(path: "docs/CODEOWNERS"))
        XCTAssertFalse(reader.claims(path: "agents/a/CODEOWNERS"))
        XCTAssertFalse(reader.claims(path: "codeowners"))
    }

    func testGitHubUsesDotGitHubThenRootThenDocs() {
        let docs = CodeOwners(path: "docs/CODEOWNERS", rules: [])
        let root = CodeOwners(path: "CODEOWNERS", rules: [])
        let github = CodeOwners(path: ".github/CODEOWNERS", rules: [])
        let rootOverDocs = root.preferred(over: docs)
        XCTAssertEqual(rootOverDocs.path, "CODEOWNERS")
        XCTAssertEqual(rootOverDocs.ignored, ["docs/CODEOWNERS"])
        let all = rootOverDocs.preferred(over: github)
        XCTAssertEqual(all.path, ".github/CODEOWNERS")
        XCTAssertEqual(all.ignored, ["CODEOWNERS", "docs/CODEOWNERS"])
    }
}
