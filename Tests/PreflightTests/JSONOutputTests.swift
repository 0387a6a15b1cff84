@testable import PreflightReports
import XCTest

/// JSONOutput's fast paths (escapes found eight bytes at a time, integers written from the
/// right) against the obvious byte-by-byte implementations.
final class JSONOutputTests: XCTestCase {
    /// The obvious escaper: one byte at a time.
    private func slowlyEscaped(_ text: String) -> String {
        var out = Array("\"".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): out += Array("\\n".utf8)
            case UInt8(ascii: "\r"): out += Array("\\r".utf8)
            case UInt8(ascii: "\t"): out += Array("\\t".utf8)
            case 0..<0x20, 0x7F:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out + Array("\"".utf8), as: UTF8.self)
    }

    private func written(_ body: (inout JSONOutput) -> Void) -> String {
        var output = JSONOutput(capacity: 1)
        body(&output)
        return output.text
    }

    func testTheWordTestAgreesWithTheByteTestOnEveryByteInEveryPosition() {
        for byte in 0...255 {
            for position in 0..<8 {
                for filler: UInt8 in [UInt8(ascii: "a"), 0xC3, 0x80, 0xFF, 0x21, 0x7E] {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(byte)
                    let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    XCTAssertEqual(JSONOutput.needsEscaping(word: word), bytes.contains(where: JSONOutput.needsEscaping),
                                   "byte \(byte) at \(position) among \(filler)")
                }
            }
        }
    }

    func testTheWordTestAgreesWithTheByteTestOnRandomWords() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0, 0x1F, 0x20, 0x21, 0x22, 0x23, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0x81, 0xA2, 0xDC, 0xFF, 0x41]
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in
                Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            XCTAssertEqual(JSONOutput.needsEscaping(word: word), bytes.contains(where: JSONOutput.needsEscaping), "\(bytes)")
        }
    }

    func testStringsAreEscapedAsTheByteByByteEscaperDoes() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [Character] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "é", "✓", "🇫🇷", "/"]
        for _ in 0..<3_000 {
            // Mostly plain text, so that long runs and their ends are tested too.
            let length = Int.random(in: 0..<70, using: &generator)
            let text = String((0..<length).map { _ in
                Int.random(in: 0..<8, using: &generator) == 0 ? alphabet.randomElement(using: &generator)! : "x"
            })
            XCTAssertEqual(written { $0.appendJSONString(text) }, slowlyEscaped(text), text.debugDescription)
        }
    }

    func testIntegersAndDecimalsAreWrittenAsStringsWouldBe() {
        for number in [0, 7, 9, 10, 99, 100, 12_345, -1, -10, -987, Int.max, Int.min] {
            XCTAssertEqual(written { $0.appendJSONInteger(number) }, String(number))
        }
        XCTAssertEqual(written { $0.appendJSONInteger(nil) }, "null")
        XCTAssertEqual(written { $0.appendJSONDecimal(7.5) }, "7.5")
        XCTAssertEqual(written { $0.appendJSONDecimal(10) }, "10")
        XCTAssertEqual(written { $0.appendJSONDecimal(252.5) }, "252.5")
    }

    func testTheBytesAreHandedOnWhole() {
        var output = JSONOutput(capacity: 1)
        for _ in 0..<1_000 { output.append(literal: "abc") }
        let bytes = output.finish()
        XCTAssertEqual(bytes.count, 3_000)
        XCTAssertEqual(bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }, String(repeating: "abc", count: 1_000))
    }
}
