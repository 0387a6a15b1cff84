import XCTest
import YAML

/// Block and flow collections, multi-document streams, anchors and aliases.
final class StructureTests: XCTestCase {
    func testBlockCollections() throws {
        let document = try loadDocument("""
            services:
              web:
                image: nginx
                ports:
                  - "80:80"
                  - "443:443"
            """)
        XCTAssertEqual(document["services", "web", "image"]?.string, "nginx")
        XCTAssertEqual(document["services", "web", "ports"]?.sequence?.map(\.string), ["80:80", "443:443"])
        XCTAssertNil(document["services", "db"])
        XCTAssertNil(document["services", "web", "image"]?.mapping)
    }

    func testFlowCollectionsKeepOrder() throws {
        let document = try loadDocument("args: [run, --rm, {name: x, pull: always}]\n")
        let args = try XCTUnwrap(document["args"]?.sequence)
        XCTAssertEqual(args.count, 3)
        XCTAssertEqual(args[0].string, "run")
        XCTAssertEqual(args[1].string, "--rm")
        XCTAssertEqual(args[2].mapping?.compactMap(\.key.string), ["name", "pull"])
        XCTAssertEqual(args[2]["pull"]?.string, "always")
    }

    func testKubernetesStreamGivesEveryDocument() throws {
        let stream = try YAML.load("""
            apiVersion: v1
            kind: Service
            metadata:
              name: web
            ---
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            ---
            # trailing comment only
            """)
        XCTAssertEqual(stream.documents.count, 3)
        XCTAssertEqual(stream.documents[0]["kind"]?.string, "Service")
        XCTAssertEqual(stream.documents[1]["kind"]?.string, "Deployment")
        XCTAssertEqual(stream.documents[1].pair("kind")?.key.mark, Mark(line: 7, column: 1))
        XCTAssertTrue(stream.documents[2].isNull, "a document of only a comment is an empty (null) document")
    }

    func testLeadingSeparatorDoesNotAddADocument() throws {
        let stream = try YAML.load("---\na: 1\n---\nb: 2\n")
        XCTAssertEqual(stream.documents.count, 2)
        XCTAssertEqual(stream.documents[1]["b"]?.string, "2")
        XCTAssertEqual(try YAML.load("").documents.count, 0)
    }

    func testAliasRepeatsAnchoredNode() throws {
        let document = try loadDocument("""
            base: &base
              image: nginx
              env: [A, B]
            copy: *base
            name: &n web
            again: *n
            """)
        XCTAssertEqual(document["copy", "image"]?.string, "nginx")
        XCTAssertEqual(document["copy", "env"]?.sequence?.map(\.string), ["A", "B"])
        XCTAssertEqual(document["again"]?.string, "web")
    }

    func testAnchorsDoNotCrossDocuments() {
        let error = loadError { () throws(YAMLError) in try YAML.load("a: &x 1\n---\nb: *x\n") }
        XCTAssertEqual(error?.mark, Mark(line: 3, column: 4))
    }

    func testLongCollectionsLoad() throws {
        // Composing once copied a collection's items for every item added: this took minutes.
        let sequence = "[" + Array(repeating: "1", count: 200_000).joined(separator: ",") + "]"
        XCTAssertEqual(try loadDocument(sequence).sequence?.count, 200_000)
        let mapping = (0..<50_000).map { "key\($0): value\($0)" }.joined(separator: "\n")
        let document = try loadDocument(mapping)
        XCTAssertEqual(document.mapping?.count, 50_000)
        XCTAssertEqual(document["key49999"]?.string, "value49999")
        XCTAssertEqual(document.pair("key49999")?.key.mark, Mark(line: 50_000, column: 1))
    }

    func testEmptyAndNestedCollectionsKeepTheirChildren() throws {
        let document = try loadDocument("a: []\nb: {}\nc: [[], {}, [x, {y: z}], w]\nd:\n")
        XCTAssertEqual(document.mapping?.compactMap(\.key.string), ["a", "b", "c", "d"])
        XCTAssertEqual(document["a"]?.sequence?.count, 0)
        XCTAssertEqual(document["b"]?.mapping?.count, 0)
        let items = try XCTUnwrap(document["c"]?.sequence)
        XCTAssertEqual(items.count, 4)
        XCTAssertEqual(items[0].sequence?.count, 0)
        XCTAssertEqual(items[1].mapping?.count, 0)
        XCTAssertEqual(items[2].sequence?.first?.string, "x")
        XCTAssertEqual(items[2].sequence?.last?["y"]?.string, "z")
        XCTAssertEqual(items[3].string, "w")
        XCTAssertEqual(document["d"]?.isNull, true)
    }

    func testNodeCountIncludesEveryNode() throws {
        let document = try loadDocument("a: [1, 2]\nb: c\n")
        // mapping + (a + [ + 1 + 2) + (b + c)
        XCTAssertEqual(document.count, 7)
    }
}
