import XCTest
import YAML

/// Malformed, hostile and oversized input fails with a located error, never a crash or a hang.
final class ErrorTests: XCTestCase {
    private let small = YAMLLimits(maxBytes: 64, maxDepth: 8, maxDocuments: 2, maxExpandedNodes: 100)

    func testMalformedYAMLIsLocated() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load("key: value\n  bad: indent\n") })
        XCTAssertEqual(error.mark, Mark(line: 2, column: 6))
        XCTAssertTrue(error.message.contains("mapping values are not allowed"), error.message)
    }

    func testUnclosedFlowSequenceIsLocated() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load("a: 1\nb: [1, 2\nc: 3\n") })
        // libyaml reads `2 c` as one plain scalar and stops at the `:` after it.
        XCTAssertEqual(error.mark, Mark(line: 3, column: 2))
        XCTAssertTrue(error.message.contains("did not find expected ',' or ']'"), error.message)
    }

    func testMalformedJSONIsLocated() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load("{\n  \"a\": 1\n  \"b\": 2\n}\n", json: true) })
        // The missing comma is noticed at the `:` of the entry after it.
        XCTAssertEqual(error.mark, Mark(line: 3, column: 6))
        XCTAssertTrue(error.message.contains("did not find expected ',' or '}'"), error.message)
    }

    func testInvalidUTF8IsLocated() throws {
        let bytes: [UInt8] = Array("a: b\nc: ".utf8) + [0xFF] + Array("\n".utf8)
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(bytes) })
        XCTAssertEqual(error.mark, Mark(line: 2, column: 4))
        XCTAssertTrue(error.message.contains("UTF-8"), error.message)
    }

    func testTruncatedUTF8AfterMultiByteCharacterIsLocated() throws {
        let bytes: [UInt8] = Array("caf\u{E9}: ".utf8) + [0xE2, 0x82]
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(bytes) })
        XCTAssertEqual(error.mark, Mark(line: 1, column: 7))
        XCTAssertTrue(error.message.contains("UTF-8"), error.message)
    }

    func testInvalidUTF8InJSONIsLocated() throws {
        let bytes: [UInt8] = Array("{\n  \"a\": \"".utf8) + [0xC3, 0x28] + Array("\"\n}".utf8)
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(bytes, json: true) })
        // 0xC3 opens a two-byte character at column 9; the bad byte is its second, at column 10.
        XCTAssertEqual(error.mark, Mark(line: 2, column: 10))
        XCTAssertEqual(error.message, "invalid trailing UTF-8 octet")
    }

    func testAliasBombIsRefused() throws {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let levels = Array("abcdefghij").map(String.init)
        for (previous, name) in zip(levels, levels.dropFirst()) {
            let aliases = Array(repeating: "*\(previous)", count: 10).joined(separator: ", ")
            text += "\(name): &\(name) [\(aliases)]\n"
        }
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(text) })
        XCTAssertTrue(error.message.contains("aliases"), error.message)
        XCTAssertGreaterThan(error.mark.line, 1)
    }

    func testDeepNestingIsRefused() throws {
        let text = String(repeating: "[", count: 10_000)
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(text) })
        XCTAssertEqual(error.mark, Mark(line: 1, column: 129))
        XCTAssertTrue(error.message.contains("nesting deeper than 128"), error.message)
    }

    func testDeepBlockNestingIsRefused() throws {
        var text = ""
        for level in 0..<10 { text += String(repeating: " ", count: level) + "k:\n" }
        let shallow = YAMLLimits(maxBytes: 1 << 20, maxDepth: 8, maxDocuments: 1, maxExpandedNodes: 1_000)
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(text, limits: shallow) })
        // The ninth mapping (line 9, `k` at column 9) is one level too deep.
        XCTAssertEqual(error.mark, Mark(line: 9, column: 9))
    }

    func testTooManyDocumentsIsRefused() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in
            try YAML.load("a: 1\n---\nb: 2\n---\nc: 3\n", limits: self.small)
        })
        XCTAssertTrue(error.message.contains("more than 2 documents"), error.message)
        XCTAssertEqual(error.mark, Mark(line: 4, column: 1))
        XCTAssertEqual(try YAML.load("a: 1\n---\nb: 2\n", limits: small).documents.count, 2)
    }

    func testOversizedTextIsRefused() throws {
        let text = "key: " + String(repeating: "x", count: 60)
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load(text, limits: self.small) })
        XCTAssertEqual(error.message, "file is 65 bytes, over the 64-byte limit")
        XCTAssertEqual(error.mark, Mark.start)
        XCTAssertEqual(try YAML.load(String(text.dropLast()), limits: small).documents.count, 1)
    }

    func testAliasToUndefinedAnchorIsRefused() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load("a: *nope\nb: &nope 1\n") })
        XCTAssertEqual(error.mark, Mark(line: 1, column: 4))
        XCTAssertTrue(error.message.contains("*nope"), error.message)
    }

    func testRecursiveAliasIsRefused() throws {
        let error = try XCTUnwrap(loadError { () throws(YAMLError) in try YAML.load("a: &x [1, *x]\n") })
        XCTAssertEqual(error.mark, Mark(line: 1, column: 11))
    }

    func testErrorDescriptionLeadsWithLocation() {
        XCTAssertEqual(YAMLError("boom", at: Mark(line: 2, column: 5)).description, "2:5: boom")
    }
}
