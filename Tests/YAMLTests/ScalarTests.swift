import XCTest
import YAML

/// Scalars stay text with their style; `bool`, `int` and `isNull` follow YAML 1.2's core schema.
final class ScalarTests: XCTestCase {
    private func document() throws -> YAMLNode {
        try loadDocument("""
            yes: yes
            on: on
            mode: 0777
            plainTrue: true
            capitalFalse: False
            quotedTrue: "true"
            singleFalse: 'false'
            taggedTrue: !!str true
            number: 42
            quotedNumber: "42"
            tilde: ~
            word: null
            empty:
            quotedNull: "null"
            literal: |
              line one
              line two
            folded: >
              one
              two
            """)
    }

    func testYAML11BooleansStayStrings() throws {
        let document = try document()
        XCTAssertEqual(document["yes"]?.string, "yes")
        XCTAssertNil(document["yes"]?.bool)
        XCTAssertEqual(document["on"]?.string, "on")
        XCTAssertNil(document["on"]?.bool)
        XCTAssertEqual(document.pair("on")?.key.string, "on", "the key `on` is text too")
    }

    func testOctalLookingNumberStaysText() throws {
        let document = try document()
        XCTAssertEqual(document["mode"]?.string, "0777")
        XCTAssertEqual(document["mode"]?.scalarStyle, .plain)
    }

    func testBoolOnlyForPlainTrueAndFalse() throws {
        let document = try document()
        XCTAssertEqual(document["plainTrue"]?.bool, true)
        XCTAssertEqual(document["capitalFalse"]?.bool, false)
        XCTAssertNil(document["quotedTrue"]?.bool)
        XCTAssertEqual(document["quotedTrue"]?.string, "true")
        XCTAssertEqual(document["quotedTrue"]?.scalarStyle, .doubleQuoted)
        XCTAssertNil(document["singleFalse"]?.bool)
        XCTAssertEqual(document["singleFalse"]?.scalarStyle, .singleQuoted)
        XCTAssertNil(document["taggedTrue"]?.bool)
        XCTAssertEqual(document["taggedTrue"]?.tag, "tag:yaml.org,2002:str")
    }

    func testIntOnlyForPlainIntegers() throws {
        let document = try document()
        XCTAssertEqual(document["number"]?.int, 42)
        XCTAssertNil(document["quotedNumber"]?.int)
        XCTAssertNil(document["plainTrue"]?.int)
    }

    func testNulls() throws {
        let document = try document()
        XCTAssertTrue(try XCTUnwrap(document["tilde"]).isNull)
        XCTAssertTrue(try XCTUnwrap(document["word"]).isNull)
        XCTAssertTrue(try XCTUnwrap(document["empty"]).isNull)
        XCTAssertFalse(try XCTUnwrap(document["quotedNull"]).isNull)
        XCTAssertFalse(try XCTUnwrap(document["number"]).isNull)
    }

    func testBlockScalars() throws {
        let document = try document()
        XCTAssertEqual(document["literal"]?.string, "line one\nline two\n")
        XCTAssertEqual(document["literal"]?.scalarStyle, .literal)
        XCTAssertEqual(document["folded"]?.string, "one two", "the text ends without a line break, so none is kept")
        XCTAssertEqual(document["folded"]?.scalarStyle, .folded)
        XCTAssertEqual(document["literal"]?.mark, Mark(line: 15, column: 10))
    }
}
