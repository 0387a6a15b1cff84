@testable import PreflightCore
import XCTest

/// The split of a path that readers judge names by, and the loader's use of a claimant
/// looked up once.
final class PathNameTests: XCTestCase {
    func testSplitsNameLowercasedNameAndFolder() {
        let file = PathName("agents/a/.claude/Settings.JSON")
        XCTAssertEqual(file.path, "agents/a/.claude/Settings.JSON")
        XCTAssertEqual(file.name, "Settings.JSON")
        XCTAssertEqual(file.lowercasedName, "settings.json")
        XCTAssertEqual(file.folder, ".claude")
    }

    func testAFileAtTheRootIsInTheDotFolder() {
        let file = PathName("Dockerfile")
        XCTAssertEqual(file.name, "Dockerfile")
        XCTAssertEqual(file.folder, ".")
    }

    func testAFileOneLevelDownHasItsFolder() {
        XCTAssertEqual(PathName(".vscode/mcp.json").folder, ".vscode")
        XCTAssertEqual(PathName("代理/.env").folder, "代理")
    }

    func testFolderMatchesProjectPath() {
        for path in ["a/b/c.yaml", "c.yaml", "a/c", ".well-known/agent.json", "x/y/z/.codex/config.toml"] {
            XCTAssertEqual(PathName(path).folder, ProjectPath.fileName(of: ProjectPath.directory(of: path)), path)
            XCTAssertEqual(PathName(path).name, ProjectPath.fileName(of: path), path)
        }
    }

    func testLoadTakesTheClaimantItIsGiven() {
        let loader = FileLoader(readers: ReaderRegistry.readers, limits: .standard)
        let bytes = Array("FROM alpine\nUSER app\n".utf8)
        let claimant = loader.claimant(of: "svc/Dockerfile")
        XCTAssertEqual(claimant?.format, .dockerfile)
        let found = loader.load(path: "svc/Dockerfile", bytes: bytes, claimant: claimant)
        XCTAssertEqual(found.format, .dockerfile)
        XCTAssertEqual(found.facts.containerBuilds.count, 1)
        // Told that no reader claims it, the loader does not ask the readers again.
        let unclaimed = loader.load(path: "svc/Dockerfile", bytes: bytes, claimant: nil)
        XCTAssertNil(unclaimed.format)
        XCTAssertEqual(unclaimed.skipReason, "no reader recognises this file name")
    }

    func testRefusalTakesTheClaimantItIsGiven() {
        let loader = FileLoader(readers: ReaderRegistry.readers, limits: .standard)
        let size = loader.limits.maxBytes + 1
        let claimed = loader.refusal(path: ".env", size: size, claimant: loader.claimant(of: ".env"))
        XCTAssertEqual(claimed?.diagnostics.first?.kind, .error)
        XCTAssertEqual(loader.refusal(path: ".env", size: size, claimant: nil)?.diagnostics.first?.kind, .warning)
        XCTAssertNil(loader.refusal(path: ".env", size: 10, claimant: nil))
    }
}
