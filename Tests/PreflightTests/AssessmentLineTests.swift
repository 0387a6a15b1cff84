@testable import PreflightCore
import XCTest

/// The quoted line of a file is the one between its line feeds, as splitting the bytes gives it.
final class AssessmentLineTests: XCTestCase {
    func testLinesMatchASplitOnLineFeeds() {
        let texts = ["", "\n", "one", "one\n", "one\ntwo", "one\r\ntwo\r\n", "\n\nthree", "é\nü\r\n\n", "a\r\r\nb\r", "\r\n\r"]
        for text in texts {
            let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            for number in -1...(lines.count + 2) {
                let expected = (1...max(lines.count, 1)).contains(number) ? String(Substring(lines[number - 1])) : nil
                XCTAssertEqual(Assessment.line(number, of: text), expected, "line \(number) of \(text.debugDescription)")
            }
        }
    }
}
