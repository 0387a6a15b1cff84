import Foundation
@testable import PreflightReports
import XCTest

/// The JSON writer escapes exactly what JSON requires and copies the rest, so that any
/// parser reads back the text it was given.
final class JSONValueTests: XCTestCase {
    func testStringsAreEscapedAsJSONRequires() {
        XCTAssertEqual(JSONValue.string("plain").serialized(), "\"plain\"\n")
        XCTAssertEqual(JSONValue.string("q\"b\\s\n\r\t\u{1}\u{7F}é✓").serialized(),
                       "\"q\\\"b\\\\s\\n\\r\\t\\u0001\\u007fé✓\"\n")
    }

    func testEveryStringReadsBackAsWritten() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "✓", "🇫🇷", "/"]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<40, using: &generator)
            let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
            let data = Data(JSONValue.array([.string(text)]).serialized().utf8)
            let decoded = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String])
            XCTAssertEqual(decoded, [text], text.debugDescription)
        }
    }
}
