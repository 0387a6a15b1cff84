@testable import PreflightCore
import XCTest

/// The .gitignore reader, and the matcher that decides from its patterns what git ignores.
final class GitignoreReaderTests: XCTestCase {
    private let rootPatterns = """
        # build output
        *.log
        /build

        node_modules/
        docs/**/*.pdf
        **/secrets
        .env*
        !.env.example
        logs/
        !logs/keep.txt
        a?c.txt
        [Tt]emp/
        \\#notes.md
        trailing.txt   \n
        """

    private var rules: IgnoreRules {
        let root = ReaderHarness.load(".gitignore", rootPatterns).facts.ignoreFiles
        let app = ReaderHarness.load("app/.gitignore", "!debug.log\n/local.json\n").facts.ignoreFiles
        return IgnoreRules(app + root)
    }

    /// Whether the rules ignore the file at `path`.
    private func ignored(_ path: String) -> Bool { rules.verdict(for: path)?.ignored ?? false }

    func testPatternsAreReadWithTheirLinesAndDirectory() throws {
        let outcome = ReaderHarness.load(".gitignore", rootPatterns)
        XCTAssertEqual(outcome.format, .gitignore)
        XCTAssertEqual(outcome.scope, .repository)
        XCTAssertNil(outcome.agentRoot)
        let file = try XCTUnwrap(outcome.facts.ignoreFiles.first)
        XCTAssertEqual(file.directory, ".")
        XCTAssertEqual(file.location, SourceLocation(path: ".gitignore", line: 1, column: 1))
        XCTAssertEqual(file.patterns.map(\.value), [
            "*.log", "/build", "node_modules/", "docs/**/*.pdf", "**/secrets", ".env*", "!.env.example", "logs/",
            "!logs/keep.txt", "a?c.txt", "[Tt]emp/", "\\#notes.md", "trailing.txt",
        ])
        XCTAssertEqual(file.patterns.map(\.location.line), [2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15])
        XCTAssertEqual(ReaderHarness.load("services/api/.gitignore", "dist/\n").facts.ignoreFiles.first?.directory, "services/api")
    }

    func testNamesWithoutASlashMatchAtAnyDepth() {
        XCTAssertTrue(ignored("server.log"))
        XCTAssertTrue(ignored("app/worker/server.log"))
        XCTAssertTrue(ignored(".env"))
        XCTAssertTrue(ignored("services/api/.env.local"))
        XCTAssertTrue(ignored("abc.txt"))
        XCTAssertFalse(ignored("a/c.txt"), "? never matches a slash")
        XCTAssertTrue(ignored("#notes.md"))
        XCTAssertTrue(ignored("trailing.txt"))
    }

    func testAnchoredAndDoubleStarPatterns() {
        XCTAssertTrue(ignored("build/agent.o"))
        XCTAssertFalse(ignored("src/build/agent.o"), "a leading / anchors to the .gitignore's directory")
        XCTAssertTrue(ignored("docs/guide.pdf"), "/**/ matches no directory too")
        XCTAssertTrue(ignored("docs/a/b/guide.pdf"))
        XCTAssertFalse(ignored("other/docs/guide.pdf"))
        XCTAssertTrue(ignored("deploy/prod/secrets/key.pem"))
    }

    func testDirectoryPatternsMatchOnlyDirectories() {
        XCTAssertTrue(ignored("node_modules/left-pad/index.js"))
        XCTAssertFalse(ignored("node_modules"), "a file named like a directory pattern is not ignored")
        XCTAssertTrue(ignored("Temp/scratch.txt"))
        XCTAssertTrue(ignored("temp/scratch.txt"))
        XCTAssertFalse(ignored("TEMP/scratch.txt"))
    }

    func testNegationReincludesUnlessAParentDirectoryIsIgnored() {
        let example = rules.verdict(for: ".env.example")
        XCTAssertEqual(example?.ignored, false)
        XCTAssertEqual(example?.pattern, Located("!.env.example", at: SourceLocation(path: ".gitignore", line: 9, column: 1)))
        let kept = rules.verdict(for: "logs/keep.txt")
        XCTAssertEqual(kept?.ignored, true, "nothing inside an ignored directory can be re-included")
        XCTAssertEqual(kept?.pattern.value, "logs/")
        XCTAssertNil(rules.verdict(for: "README.md"))
    }

    func testDeeperFilesOverrideShallowerOnes() {
        XCTAssertEqual(rules.verdict(for: "app/debug.log")?.pattern.value, "!debug.log")
        XCTAssertFalse(ignored("app/debug.log"))
        XCTAssertTrue(ignored("debug.log"), "app/.gitignore covers only app/")
        XCTAssertTrue(ignored("app/local.json"))
        XCTAssertFalse(ignored("app/config/local.json"))
    }

    func testLinePatterns() {
        XCTAssertNil(IgnoreRules.pattern(fromLine: "# comment"))
        XCTAssertNil(IgnoreRules.pattern(fromLine: "   "))
        XCTAssertEqual(IgnoreRules.pattern(fromLine: "dist/  \r"), "dist/")
        XCTAssertEqual(IgnoreRules.pattern(fromLine: "space\\ "), "space\\ ")
    }
}
