@testable import PreflightCore
import XCTest

/// The byte-level line split gives exactly the lines of a Character split at `\n`.
final class LoadedFileLinesTests: XCTestCase {
    func testLinesMatchTheCharacterSplitAtLineFeeds() {
        let texts = [
            "", "\n", "\n\n", "one", "one\n", "one\ntwo", "one\n\ntwo\n",
            "crlf\r\nline\r\n", "lone\rreturn\n", "\r\r\n\r", "trailing\r",
            "héllo\nwörld ✓\n", "x\n\u{301}y", "🇫🇷\n🇩🇪", "\r\n\n\r\n",
        ]
        for text in texts {
            let expected = text.split(separator: "\n", omittingEmptySubsequences: false)
            let lines = LoadedFile.lines(of: text)
            XCTAssertEqual(lines.map { Array($0.utf8) }, expected.map { Array($0.utf8) }, text.debugDescription)
        }
    }

    func testLinesAreSlicesOfTheText() {
        let text = "apiVersion: v1\nkind: Pod\n"
        XCTAssertEqual(LoadedFile.lines(of: text), ["apiVersion: v1", "kind: Pod", ""])
        XCTAssertEqual(LoadedFile.lines(of: text)[1].startIndex, text.firstIndex(of: "k"))
    }
}
