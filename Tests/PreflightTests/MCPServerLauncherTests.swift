@testable import PreflightCore
import XCTest

/// A server's launcher is the last part of its command, lower-cased, ASCII or not.
final class MCPServerLauncherTests: XCTestCase {
    func testLauncherMatchesASplitOnCharacters() {
        for command in ["npx", "/usr/local/bin/UVX", "bin/docker/", "/", "", "//", "C:/Tools/Node.EXE", "./run.sh", "bin/ÉXE", "a/\u{301}b", "x\r\n/Y"] {
            let expected = command.split(separator: "/").last.map(String.init)?.lowercased() ?? command
            var copy = command
            let fast = copy.withUTF8 { MCPServer.asciiLauncher($0) }
            if command.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertEqual(fast, expected, command.debugDescription)
            } else {
                XCTAssertNil(fast, "other text is left to the Character split: \(command.debugDescription)")
            }
        }
    }
}
