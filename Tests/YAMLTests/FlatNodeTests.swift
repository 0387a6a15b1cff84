import XCTest
import YAML

/// The flat node table (keys compared on their bytes, duplicate keys found comparing bytes,
/// scalars made text on demand) against the obvious implementation on Strings.
final class FlatNodeTests: XCTestCase {
    /// Keys that compare equal as Strings but not as bytes (é composed and decomposed, the
    /// Kelvin sign and K), keys differing only in case or length, empty and long keys.
    private let keys = ["name", "Name", "names", "", "K", "\u{212A}", "caf\u{E9}", "cafe\u{301}", "x",
                        "a-very-long-key-well-over-fifteen-bytes", "a-very-long-key-well-over-fifteen-bytez", "1", "~"]

    /// The value under `key` found by comparing every key's String, as the tree once did.
    private func slowLookup(_ key: String, in node: YAMLNode) -> YAMLNode? {
        node.mapping?.first { $0.key.string == key }?.value
    }

    func testLookupsMatchStringComparison() throws {
        for first in keys.indices {
            let chosen = (0..<4).map { keys[(first + $0 * 3) % keys.count] }
            let text = chosen.enumerated().map { "\"\($0.element)\": v\($0.offset)" }.joined(separator: "\n")
            let stream = try YAML.load(text)
            let document = try XCTUnwrap(stream.documents.first)
            for key in keys {
                XCTAssertEqual(document[key]?.string, slowLookup(key, in: document)?.string, "\(key) in \(chosen)")
                XCTAssertEqual(document.pair(key)?.key.mark, document.mapping?.first { $0.key.string == key }?.key.mark)
            }
        }
    }

    func testDuplicateKeysMatchStringComparison() throws {
        for size in 1...12 {
            for offset in keys.indices {
                let chosen = (0..<size).map { keys[(offset + $0 * 5) % keys.count] }
                let text = chosen.enumerated().map { "\"\($0.element)\": v\($0.offset)" }.joined(separator: "\n")
                let stream = try YAML.load(text)
                // The obvious way: the first place of each distinct String, holding its last value.
                var order: [String] = []
                var last: [String: String] = [:]
                var repeats = 0
                for (index, key) in chosen.enumerated() {
                    if last[key] == nil { order.append(key) } else { repeats += 1 }
                    last[key] = "v\(index)"
                }
                let document = try XCTUnwrap(stream.documents.first)
                XCTAssertEqual(stream.warnings.count, repeats, "\(chosen)")
                XCTAssertEqual(document.mapping?.compactMap(\.key.string), order, "\(chosen)")
                XCTAssertEqual(document.mapping?.compactMap(\.value.string), order.map { last[$0]! }, "\(chosen)")
            }
        }
    }

    func testScalarTypesMatchTheirText() throws {
        let scalars = ["true", "True", "TRUE", "tRUE", "false", "FALSE", "null", "Null", "NULL", "nul", "~", "", "0",
                       "42", "-7", "0x1F", "yes", "'true'", "\"null\"", "!!bool true", "!!str true"]
        for scalar in scalars {
            let node = try XCTUnwrap(loadDocument("k: \(scalar)")["k"])
            let text = node.string ?? ""
            let plain = node.scalarStyle == .plain
            let boolTagged = node.tag == nil || node.tag == "tag:yaml.org,2002:bool"
            let expectedBool: Bool? = plain && boolTagged
                ? (["true", "True", "TRUE"].contains(text) ? true : ["false", "False", "FALSE"].contains(text) ? false : nil)
                : nil
            XCTAssertEqual(node.bool, expectedBool, scalar)
            XCTAssertEqual(node.isNull, plain && ["", "~", "null", "Null", "NULL"].contains(text), scalar)
            XCTAssertEqual(node.int, plain ? Int(text) : nil, scalar)
        }
    }

    func testBuiltNodesCopyTheirChildren() throws {
        let source = try loadDocument("a: &x [1, {b: c}]\nd: *x\n")
        let built = YAMLNode(.mapping([YAMLPair(key: YAMLNode(.scalar("e", .plain), mark: .start), value: try XCTUnwrap(source["d"]))]),
                             mark: Mark(line: 9, column: 9), tag: "!t")
        XCTAssertEqual(built.mark, Mark(line: 9, column: 9))
        XCTAssertEqual(built.tag, "!t")
        XCTAssertEqual(built["e"]?.sequence?.count, 2)
        XCTAssertEqual(built["e"]?.sequence?.last?["b"]?.string, "c")
        XCTAssertEqual(built["e"]?.sequence?.first?.mark, source["a"]?.sequence?.first?.mark)
        XCTAssertEqual(built.count, source["d"]!.count + 2)
        let empty: YAMLItems = []
        XCTAssertTrue(empty.isEmpty)
    }
}
