import Foundation
@testable import PreflightCore
import XCTest

/// The byte-level trim (and the blank test built on it) gives exactly Foundation's `trimmingCharacters(in: .whitespaces)`.
final class WhitespaceTrimmingTests: XCTestCase {
    func testTrimmingMatchesFoundationWhitespaces() {
        let texts = [
            "", " ", "\t \t", "value", "  value  ", "\tvalue\t", " a b ", "\nvalue\n", " \r\n value \r\n ",
            "\u{00A0}value\u{00A0}", "\u{3000}値\u{3000}", " é ", "\u{2003}\t x", "x\u{200B}", "\u{00A0}",
        ]
        for text in texts {
            XCTAssertEqual(text.trimmingWhitespace(), text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            let slice = ("[" + text + "]").dropFirst().dropLast()
            XCTAssertEqual(slice.trimmingWhitespace(), slice.trimmingCharacters(in: .whitespaces), text.debugDescription)
            let blank = text.trimmingCharacters(in: .whitespaces).isEmpty
            XCTAssertEqual(text.isBlank, blank, text.debugDescription)
            XCTAssertEqual(slice.isBlank, blank, text.debugDescription)
        }
    }
}
