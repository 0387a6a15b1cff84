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

    func testCoveredDirectoryOnBytesMatchesSplittingOnCharacters() {
        func slow(_ path: String) -> String {
            let directory = ProjectPath.directory(of: path)
            var parts = directory == "." ? [] : directory.split(separator: "/").map(String.init)
            if let runbooks = parts.lastIndex(where: { $0.lowercased() == "runbooks" }) { parts = Array(parts[..<runbooks]) }
            if let last = parts.last, RepositoryDocumentPath.documentFolders.contains(last.lowercased()) { parts.removeLast() }
            return parts.isEmpty ? "." : parts.joined(separator: "/")
        }
        let paths = [
            "RUNBOOK.md", "docs/RUNBOOK.md", "agents/a/docs/runbooks/x.md", "a//Docs//b.md", "a/RunBooks/b/runbooks/c.md",
            ".github/SECURITY.md", "x/.GitHub/y.md", "doc/a/DOC/z.md", "./docs/x.md", "a/./b.md", "/abs/docs/x.md",
            "dökümanlar/docs/r.md", "a/RUNBOO\u{212A}S/r.md", "svc/runbooks/", "agents/agent-00001/docs/runbooks/triage.md",
        ]
        for path in paths {
            XCTAssertEqual(RepositoryDocumentPath.coveredDirectory(of: path), slow(path), path.debugDescription)
        }
    }
}

