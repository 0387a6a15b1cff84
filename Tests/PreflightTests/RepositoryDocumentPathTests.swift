@testable import PreflightCore
import XCTest

/// Normalising the relative paths documents name, in ASCII and beyond.
final class RepositoryDocumentPathTests: XCTestCase {
    func testNormalizingDropsDotsAndClimbsOnDoubleDots() {
        XCTAssertEqual(RepositoryDocumentPath.normalized("docs/runbooks/agent.md"), "docs/runbooks/agent.md")
        XCTAssertEqual(RepositoryDocumentPath.normalized("./docs//runbooks/./agent.md/"), "docs/runbooks/agent.md")
        XCTAssertEqual(RepositoryDocumentPath.normalized("services/api/../../docs/RUNBOOK.md"), "docs/RUNBOOK.md")
        XCTAssertEqual(RepositoryDocumentPath.normalized("a/b/../c"), "a/c")
        XCTAssertEqual(RepositoryDocumentPath.normalized("..."), "...")
        XCTAssertEqual(RepositoryDocumentPath.normalized("./."), ".")
        XCTAssertEqual(RepositoryDocumentPath.normalized(""), ".")
        XCTAssertNil(RepositoryDocumentPath.normalized("a/../../b"))
    }

    func testNormalizingTextBeyondASCIISplitsOnCharacters() {
        XCTAssertEqual(RepositoryDocumentPath.normalized("dökümanlar/./runbook.md"), "dökümanlar/runbook.md")
        XCTAssertEqual(RepositoryDocumentPath.normalized("a/.\u{301}/b"), "a/.\u{301}/b", "an accented dot is a name")
        XCTAssertEqual(RepositoryDocumentPath.normalized("a/\u{338}b/.."), ".", "a slash with a combining stroke splits no name")
    }
}
