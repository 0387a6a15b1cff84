import XCTest
import YAML

/// Marks are 1-based, point at keys and at values, and count columns in characters.
final class MarkTests: XCTestCase {
    func testBlockMappingMarksPointAtKeysAndValues() throws {
        let document = try loadDocument("""
            metadata:
              name: agent
              version: "1.0"
            """)
        let metadata = try XCTUnwrap(document.pair("metadata"))
        XCTAssertEqual(metadata.key.mark, Mark(line: 1, column: 1))
        let name = try XCTUnwrap(metadata.value.pair("name"))
        XCTAssertEqual(name.key.mark, Mark(line: 2, column: 3))
        XCTAssertEqual(name.value.mark, Mark(line: 2, column: 9))
        let version = try XCTUnwrap(metadata.value.pair("version"))
        XCTAssertEqual(version.key.mark, Mark(line: 3, column: 3))
        XCTAssertEqual(version.value.mark, Mark(line: 3, column: 12), "a quoted value's mark is its opening quote")
        XCTAssertEqual(version.value.string, "1.0")
    }

    func testSequenceItemMarks() throws {
        let document = try loadDocument("items:\n  - one\n  - two\n")
        let items = try XCTUnwrap(document["items"]?.sequence)
        XCTAssertEqual(items.map(\.mark), [Mark(line: 2, column: 5), Mark(line: 3, column: 5)])
    }

    func testColumnsCountCharactersAfterTwoByteCharacter() throws {
        // "na\u{EF}ve" is five characters and six bytes; the value starts at column 8.
        let document = try loadDocument("na\u{EF}ve: ok\nnext: \u{E9}t\u{E9} value\n")
        let pair = try XCTUnwrap(document.pair("na\u{EF}ve"))
        XCTAssertEqual(pair.value.mark, Mark(line: 1, column: 8))
        XCTAssertEqual(document.pair("next")?.key.mark, Mark(line: 2, column: 1))
    }

    func testColumnsCountCharactersAfterFourByteCharacterInFlow() throws {
        // `emoji: ["😀", "x"]`: the emoji is one column, so "x" opens at column 14.
        let document = try loadDocument("emoji: [\"\u{1F600}\", \"x\"]\n")
        let items = try XCTUnwrap(document["emoji"]?.sequence)
        XCTAssertEqual(items.map(\.string), ["\u{1F600}", "x"])
        XCTAssertEqual(items.map(\.mark), [Mark(line: 1, column: 9), Mark(line: 1, column: 14)])
    }

    func testFlowMappingMarks() throws {
        let document = try loadDocument("{\u{E9}: 1, b: 2}")
        XCTAssertEqual(document.mark, Mark(line: 1, column: 1))
        let b = try XCTUnwrap(document.pair("b"))
        XCTAssertEqual(b.key.mark, Mark(line: 1, column: 8))
        XCTAssertEqual(b.value.mark, Mark(line: 1, column: 11))
    }

    func testMarkDescriptionAndOrder() {
        XCTAssertEqual(Mark(line: 3, column: 7).description, "3:7")
        XCTAssertLessThan(Mark(line: 2, column: 9), Mark(line: 3, column: 1))
        XCTAssertLessThan(Mark(line: 3, column: 1), Mark(line: 3, column: 2))
    }
}
