import XCTest
@testable import YAML

/// JSON, and JSON with comments, load through the same parser with true marks.
final class JSONTests: XCTestCase {
    func testCompactJSONWithoutSpaces() throws {
        let document = try loadDocument(#"{"a":"b","n":[1,2],"o":{"k":true}}"#, json: true)
        XCTAssertEqual(document["a"]?.string, "b")
        XCTAssertEqual(document["n"]?.sequence?.map(\.string), ["1", "2"])
        XCTAssertEqual(document["o", "k"]?.bool, true)
        XCTAssertEqual(document.pair("n")?.key.mark, Mark(line: 1, column: 10))
    }

    func testTabsBetweenTokens() throws {
        let document = try loadDocument("{\n\t\"a\":\t1,\n\t\"b\": [\n\t\t2\n\t]\n}\n", json: true)
        XCTAssertEqual(document["a"]?.string, "1")
        XCTAssertEqual(document["b"]?.sequence?.first?.string, "2")
        XCTAssertEqual(document.pair("a")?.key.mark, Mark(line: 2, column: 2))
        XCTAssertEqual(document["b"]?.sequence?.first?.mark, Mark(line: 4, column: 3))
    }

    func testEscapedSlash() throws {
        let document = try loadDocument(#"{"url": "https:\/\/example.com\/mcp"}"#, json: true)
        XCTAssertEqual(document["url"]?.string, "https://example.com/mcp")
    }

    func testSurrogatePairEscapeKeepsLaterColumns() throws {
        let document = try loadDocument(#"{"e": "\ud83d\ude00", "next": "\uD83D\uDE00!"}"#, json: true)
        XCTAssertEqual(document["e"]?.string, "\u{1F600}")
        XCTAssertEqual(document["next"]?.string, "\u{1F600}!")
        XCTAssertEqual(document.pair("next")?.key.mark, Mark(line: 1, column: 23))
        XCTAssertEqual(document["next"]?.mark, Mark(line: 1, column: 31))
    }

    func testLoneSurrogatesBecomeReplacementCharacter() throws {
        let document = try loadDocument(#"{"high": "\ud83d x", "low": "\ude00", "plain": "\u00e9"}"#, json: true)
        XCTAssertEqual(document["high"]?.string, "\u{FFFD} x")
        XCTAssertEqual(document["low"]?.string, "\u{FFFD}")
        XCTAssertEqual(document["plain"]?.string, "\u{E9}")
    }

    func testCommentsAndTrailingCommas() throws {
        let text = """
            {
              // the servers \u{2713} "quoted" /* not a block */
              "servers": { /* caf\u{E9} "x" */ "a": 1, },
              "list": [1, 2,], // trailing
              "url": "http://example.com/a,]",
              "glob": "src/*.ts, // not a comment",
            }
            """
        let document = try loadDocument(text, json: true)
        XCTAssertEqual(document["servers", "a"]?.string, "1")
        XCTAssertEqual(document["servers"]?.mapping?.count, 1)
        XCTAssertEqual(document["list"]?.sequence?.map(\.string), ["1", "2"])
        XCTAssertEqual(document["url"]?.string, "http://example.com/a,]")
        XCTAssertEqual(document["glob"]?.string, "src/*.ts, // not a comment")
        XCTAssertEqual(document.mapping?.compactMap(\.key.string), ["servers", "list", "url", "glob"])
    }

    func testTrailingCommasAloneAreRewrittenAndCleanJSONIsNot() {
        // No comment to find first: only the trailing commas call for a rewrite.
        let text = #"{"a": "x\",]", "list": [1, 2 ,\#n ], "b": {"c": 3,},}"#
        let expected = #"{"a": "x\",]", "list": [1, 2  \#n ], "b": {"c": 3 } }"#
        XCTAssertEqual(String(decoding: JSONText.normalize(Array(text.utf8)), as: UTF8.self), expected)
        let clean = #"{"a": "x\",] // not a comment", "list": [1, 2], "u": "\u00e9"}"#
        XCTAssertEqual(String(decoding: JSONText.normalize(Array(clean.utf8)), as: UTF8.self), clean)
    }

    func testValueAfterBlockCommentKeepsItsColumn() throws {
        let text = """
            {
              "servers": { /* caf\u{E9} "x" */ "a": 1 },
              "b": /* \u{1F600} */ 2
            }
            """
        let document = try loadDocument(text, json: true)
        let a = try XCTUnwrap(document["servers"]?.pair("a"))
        XCTAssertEqual(a.key.mark, Mark(line: 2, column: 31))
        XCTAssertEqual(a.value.mark, Mark(line: 2, column: 36))
        XCTAssertEqual(document["b"]?.mark, Mark(line: 3, column: 16))
    }

    func testMultiLineBlockCommentKeepsLines() throws {
        let document = try loadDocument("{\n  /* one\n     two */ \"k\": 1\n}", json: true)
        XCTAssertEqual(document.pair("k")?.key.mark, Mark(line: 3, column: 13))
    }

    func testSlashesAreTextOutsideJSONMode() {
        // Outside JSON mode `//` is ordinary text: a YAML plain scalar.
        XCTAssertEqual(try loadDocument("url: http://example.com // x\n")["url"]?.string, "http://example.com // x")
    }
}
