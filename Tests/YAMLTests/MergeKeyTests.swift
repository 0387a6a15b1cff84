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

    func testDuplicateLastKeyOfAnEightKeyMappingWarns() throws {
        let keys = (1...7).map { "k\($0): v" } + ["k1: last"]
        let stream = try YAML.load(keys.joined(separator: "\n"))
        XCTAssertEqual(stream.documents.first?.mapping?.compactMap(\.key.string), (1...7).map { "k\($0)" })
        XCTAssertEqual(stream.documents.first?["k1"]?.string, "last")
        XCTAssertEqual(stream.warnings.map(\.mark), [Mark(line: 8, column: 1)])
    }

    /// Up to 64 pairs the keys are compared pairwise, beyond they are hashed: both find the repeat.
    func testDuplicateKeyInALargeMappingWarns() throws {
        for count in [20, 63, 64, 100] {
            let keys = (1...count).map { "k\($0): v" } + ["k\(count): last"]
            let stream = try YAML.load(keys.joined(separator: "\n"))
            XCTAssertEqual(stream.documents.first?.mapping?.count, count)
            XCTAssertEqual(stream.documents.first?["k\(count)"]?.string, "last")
            XCTAssertEqual(stream.warnings.map(\.mark), [Mark(line: count + 1, column: 1)])
        }
    }

    func testDistinctKeysStayInOrderWithoutWarnings() throws {
        for count in [1, 8, 9, 30, 64, 65, 100] {
            let stream = try YAML.load((1...count).map { "k\($0): v" }.joined(separator: "\n"))
            XCTAssertEqual(stream.documents.first?.mapping?.compactMap(\.key.string), (1...count).map { "k\($0)" })
            XCTAssertEqual(stream.warnings, [])
        }
    }

    func testTaggedMergeKeyIsAnOrdinaryKey() throws {
        let document = try loadDocument("base: &b {x: 1}\nc:\n  !!str <<: *b\n")
        XCTAssertEqual(document["c", "<<", "x"]?.string, "1")
        XCTAssertNil(document["c", "x"])
    }
}
