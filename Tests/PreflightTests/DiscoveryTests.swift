@testable import PreflightCore
import XCTest

/// Discovery lists directories on every core but walks them in one order: what a tree with
/// links yields never depends on timing, and files are judged on the path the walk reaches
/// them by.
final class DiscoveryTests: XCTestCase {
    private static func isConfiguration(_ path: String) -> Bool {
        path.hasSuffix(".json") || path.hasSuffix(".yaml")
    }

    func testTheFirstPathInWalkOrderEntersALinkedDirectoryAndTheSecondIsWarned() throws {
        let project = try TemporaryProject([
            "a/x/.mcp.json": "{}",
            "a/x/notes.txt": "not wanted",
            "b/deep/agent.yaml": "kind: Agent\n",
        ])
        try project.link("0", to: "a/x")      // sorts before "a": the walk meets it first
        try project.link("c", to: "a/x")      // sorts after "a": a/x was entered by then
        try project.link("b/deep/up", to: "../..")
        let discovery = try Discovery(root: project.root, wanted: DiscoveryTests.isConfiguration)
        XCTAssertEqual(discovery.files.map(\.path), ["0/.mcp.json", "b/deep/agent.yaml"])
        XCTAssertEqual(discovery.files.first?.absolutePath, project.root + "/0/.mcp.json")
        XCTAssertEqual(discovery.files.first?.size, 2)
        let warned = discovery.diagnostics.filter { $0.message.contains("already scanned") }.map(\.location.path)
        XCTAssertEqual(Set(warned), ["a/x", "b/deep/up", "c"])
    }

    func testFilesComeOutSortedByPathWhereTheWalkOrderDiffers() throws {
        // The walk enters "a" (and finds a/b.json) before it meets "a-c.json", which sorts first.
        let project = try TemporaryProject(["a/b.json": "{}", "a-c.json": "{}", "b.json": "{}"])
        let discovery = try Discovery(root: project.root, wanted: DiscoveryTests.isConfiguration)
        XCTAssertEqual(discovery.files.map(\.path), ["a-c.json", "a/b.json", "b.json"])
    }

    func testFilesOfAWideTreeAreFoundOnceAndSorted() throws {
        var tree: [String: String] = [:]
        for index in 0..<60 {
            tree["agents/a\(index)/config/agents.yaml"] = "x: 1\n"
            tree["agents/a\(index)/node_modules/pkg/package.json"] = "{}"
            tree["agents/a\(index)/README.md"] = "# not wanted\n"
        }
        let project = try TemporaryProject(tree)
        let discovery = try Discovery(root: project.root, wanted: DiscoveryTests.isConfiguration)
        let expected = (0..<60).map { "agents/a\($0)/config/agents.yaml" }.sorted()
        XCTAssertEqual(discovery.files.map(\.path), expected)
        XCTAssertTrue(discovery.files.allSatisfy { $0.size == 5 })
        XCTAssertEqual(discovery.diagnostics, [])
    }
}
