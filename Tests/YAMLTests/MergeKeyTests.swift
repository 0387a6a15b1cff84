import XCTest
import YAML

/// Merge keys (`<<`) and duplicate keys.
final class MergeKeyTests: XCTestCase {
    func testSingleMergeExplicitKeyWins() throws {
        let document = try loadDocument("""
            defaults: &defaults
              image: base
              replicas: 1
            before:
              replicas: 3
              <<: *defaults
            after:
              <<: *defaults
              replicas: 5
            """)
        XCTAssertEqual(document["before", "replicas"]?.string, "3")
        XCTAssertEqual(document["before", "image"]?.string, "base")
        XCTAssertEqual(document["after", "replicas"]?.string, "5")
        XCTAssertEqual(document["after", "image"]?.string, "base")
        XCTAssertNil(document["after", "<<"], "the merge key itself is not kept")
        XCTAssertEqual(document["after"]?.mapping?.compactMap(\.key.string), ["replicas", "image"])
    }

    func testListMergeEarlierSourceWins() throws {
        let document = try loadDocument("""
            a: &a {x: 1, y: 1}
            b: &b {x: 2, z: 2}
            c:
              <<: [*a, *b]
              w: 0
            """)
        XCTAssertEqual(document["c", "x"]?.string, "1")
        XCTAssertEqual(document["c", "y"]?.string, "1")
        XCTAssertEqual(document["c", "z"]?.string, "2")
        XCTAssertEqual(document["c"]?.mapping?.compactMap(\.key.string), ["w", "x", "y", "z"])
        // A merged key keeps the place it was written, in the anchored mapping.
        XCTAssertEqual(document["c"]?.pair("z")?.key.mark, Mark(line: 2, column: 14))
    }

    func testQuotedMergeKeyIsAnOrdinaryKey() throws {
        let document = try loadDocument("base: &b {x: 1}\nc:\n  \"<<\": *b\n")
        XCTAssertEqual(document["c", "<<", "x"]?.string, "1")
        XCTAssertNil(document["c", "x"])
    }

    func testDuplicateKeyWarnsAtRepeatAndKeepsLast() throws {
        let stream = try YAML.load("""
            name: first
            other: x
            name: second
            """)
        let document = try XCTUnwrap(stream.documents.first)
        XCTAssertEqual(document["name"]?.string, "second")
        XCTAssertEqual(document.mapping?.compactMap(\.key.string), ["name", "other"])
        XCTAssertEqual(stream.warnings.count, 1)
        XCTAssertEqual(stream.warnings.first?.mark, Mark(line: 3, column: 1))
        XCTAssertEqual(stream.warnings.first?.message,
                       "duplicate key 'name' (first at line 1, column 1); the last one is used")
    }

    func testDuplicateKeyInFlowMappingWarns() throws {
        let stream = try YAML.load("{a: 1, b: 2, a: 3}")
        XCTAssertEqual(stream.documents.first?["a"]?.string, "3")
        XCTAssertEqual(stream.warnings.map(\.mark), [Mark(line: 1, column: 14)])
    }

    func testMergedKeysAreNotDuplicates() throws {
        let stream = try YAML.load("base: &b {x: 1}\nc:\n  <<: *b\n  x: 2\n")
        XCTAssertEqual(stream.warnings, [])
        XCTAssertEqual(stream.documents.first?["c", "x"]?.string, "2")
    }
}
