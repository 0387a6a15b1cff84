@testable import PreflightCore
import XCTest

/// Text made from scalars is the text the scalars spell; a line's bytes are its UTF-8.
final class ScalarTextTests: XCTestCase {
    func testTextFromScalarsIsTheStringOfThoseScalars() {
        for text in ["", "RUN pip install -r requirements.txt", "é", "e\u{301}", "値 ✓ 🇫🇷", "a\r\nb", "\u{10FFFF}\u{0}", "x\u{7F}\u{80}\u{7FF}\u{800}y"] {
            let scalars = Array(text.unicodeScalars)
            XCTAssertEqual(Array(String(scalars: scalars).utf8), Array(text.utf8), text.debugDescription)
            XCTAssertEqual(String(scalars: scalars.dropFirst()), String(String.UnicodeScalarView(scalars.dropFirst())))
        }
    }

    func testBytesOfALineAreItsUTF8() {
        let text = "FROM a\nENV É=1 ✓\n\n\u{7F}\u{80} 🇫🇷\ne\u{301}"
        let bridged = String(decoding: Array(text.utf8), as: UTF8.self)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) + [text.dropFirst(2), text[...], bridged.dropLast(3)] {
            XCTAssertEqual([UInt8](bytesOf: line), Array(line.utf8), line.debugDescription)
        }
    }
}
