@testable import PreflightCore
import XCTest

/// Lines end at `\n` or `\r\n`, whatever the Characters around them.
final class LoadedFileLinesTests: XCTestCase {
    func testLinesEndAtEveryLineFeedWithoutTheirCarriageReturn() {
        let texts = [
            "", "\n", "\n\n", "one", "one\n", "one\ntwo", "one\n\ntwo\n",
            "crlf\r\nline\r\n", "lone\rreturn\n", "\r\r\n\r", "trailing\r",
            "héllo\nwörld ✓\n", "x\n\u{301}y", "🇫🇷\n🇩🇪", "\r\n\n\r\n",
        ]
        for text in texts {
            // Worked on bytes, since a Character split sees `\r\n` as one Character, not a `\n`.
            let pieces = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            let expected = pieces.enumerated().map { index, line in
                index < pieces.count - 1 && line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : Array(line)
            }
            let lines = LoadedFile.lines(of: text)
            XCTAssertEqual(lines.map { Array($0.utf8) }, expected, text.debugDescription)
        }
    }

    func testWindowsLineEndingsGiveTheSameLinesAsUnixOnes() {
        XCTAssertEqual(LoadedFile.lines(of: "FROM a\r\nUSER b\r\n"), ["FROM a", "USER b", ""])
        XCTAssertEqual(LoadedFile.lines(of: "lone\rreturn\n"), ["lone\rreturn", ""])
    }

    func testLinesAreSlicesOfTheText() {
        let text = "apiVersion: v1\nkind: Pod\n"
        XCTAssertEqual(LoadedFile.lines(of: text), ["apiVersion: v1", "kind: Pod", ""])
        XCTAssertEqual(LoadedFile.lines(of: text)[1].startIndex, text.firstIndex(of: "k"))
    }
}

/// A file saved with Windows line endings is located as its editor shows it.
final class WindowsLineEndingsTests: XCTestCase {
    func testADockerfileWithCRLFIsReadLineByLine() throws {
        let outcome = ReaderHarness.load("Dockerfile", "FROM python:3.12\r\nUSER app\r\nENV MODE=prod\r\n")
        let stage = try XCTUnwrap(outcome.facts.containerBuilds.first?.stages.first)
        XCTAssertEqual(stage.base.value, "python:3.12")
        XCTAssertEqual(stage.user?.location.line, 2)
        XCTAssertEqual(stage.user?.value, "app")
        XCTAssertEqual(stage.environment.map(\.location.line), [3])
    }
}
