@testable import PreflightCore
import XCTest

/// A server's launcher is the last part of its command, lower-cased, ASCII or not.
final class MCPServerLauncherTests: XCTestCase {
    func testLauncherMatchesASplitOnCharacters() {
        let here = SourceLocation(path: ".mcp.json", line: 1, column: 1)
        for command in ["npx", "/usr/local/bin/UVX", "bin/docker/", "/", "", "//", "C:/Tools/Node.EXE", "./run.sh", "bin/ÉXE", "a/\u{301}b", "x\r\n/Y"] {
            let expected = command.split(separator: "/").last.map(String.init)?.lowercased() ?? command
            let server = MCPServer(name: "s", location: here, client: .claudeCode, transport: .stdio, command: Located(command, at: here))
            XCTAssertEqual(server.launcher, expected, command.debugDescription)
        }
    }
}
