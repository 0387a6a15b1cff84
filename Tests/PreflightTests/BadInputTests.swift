import Foundation
import PreflightChecks
import PreflightCore
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Broken, hostile and unreadable input on disk: each is reported where it is, never
/// crashes or hangs the scan, and never leaves the agent holding it ready.
final class BadInputTests: XCTestCase {
    private var project: TemporaryProject!
    private var others: [TemporaryProject] = []

    private static let manifest = """
        apiVersion: preflight/v1
        metadata:
          name: support-bot
          version: 1.2.0
        """

    private static let mcpConfiguration = """
        {
          "mcpServers": {
            "files": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.1.14", "./docs"]
            }
          }
        }
        """

    override func setUpWithError() throws {
        project = try TemporaryProject()
    }

    override func tearDown() {
        project.remove()
        others.forEach { $0.remove() }
    }

    private func scan(gate: Gate = .standard) throws -> ScanReport {
        try Scanner(checks: Catalogue.checks, gate: gate).scan(path: project.root)
    }

    /// The only diagnostic about `path`, failing the test when there is not exactly one.
    private func diagnostic(for path: String, in report: ScanReport, file: StaticString = #filePath,
                            line: UInt = #line) throws -> InputDiagnostic {
        let found = report.diagnostics.filter { $0.location.path == path }
        XCTAssertEqual(found.count, 1, "diagnostics for \(path): \(found)", file: file, line: line)
        return try XCTUnwrap(found.first, file: file, line: line)
    }

    private func agent(at path: String, in report: ScanReport, file: StaticString = #filePath,
                       line: UInt = #line) throws -> AgentReport {
        try XCTUnwrap(report.agents.first { $0.path == path }, "agents: \(report.agents.map(\.path))", file: file, line: line)
    }

    func testMalformedManifestIsLocatedAndBlocksOnlyItsAgent() throws {
        try project.write("broken/agent.yaml", """
            apiVersion: preflight/v1
            metadata:
              name: broken
                version: 1.0
            """)
        try project.write("broken/.mcp.json", Self.mcpConfiguration)
        try project.write("support/agent.yaml", Self.manifest)
        try project.write("support/.mcp.json", Self.mcpConfiguration)
        let report = try scan()

        let error = try diagnostic(for: "broken/agent.yaml", in: report)
        XCTAssertEqual(error.kind, .error)
        XCTAssertEqual(error.location, SourceLocation(path: "broken/agent.yaml", line: 4, column: 12))
        XCTAssertTrue(error.message.contains("mapping values are not allowed"), error.message)

        let broken = try agent(at: "broken", in: report)
        XCTAssertEqual(broken.verdict, .notReady)
        XCTAssertEqual(broken.unreadable, [error])
        XCTAssertEqual(broken.files, ["broken/.mcp.json"])
        XCTAssertFalse(broken.results.contains { $0.status == .notApplicable },
                       "with a file unread, nothing can be called not applicable")

        let support = try agent(at: "support", in: report)
        XCTAssertEqual(support.name, "support-bot")
        XCTAssertEqual(support.files, ["support/.mcp.json", "support/agent.yaml"])
        XCTAssertEqual(support.results.count, Catalogue.checks.count)
        XCTAssertEqual(support.unreadable, [])
        XCTAssertEqual(report.verdict, .notReady)
    }

    func testUnparsableFileNeverLeavesAgentReady() throws {
        try project.write("agent.yaml", Self.manifest)
        let lenient = Gate(failOn: nil, failUnder: nil)
        XCTAssertEqual(try scan(gate: lenient).agents.map(\.verdict), [.ready], "control: nothing blocks under this gate")

        try project.write(".mcp.json", "{\"mcpServers\": {\"files\": {\"command\": \"npx\",}")
        let report = try scan(gate: lenient)
        XCTAssertEqual(report.agents.map(\.verdict), [.notReady])
        XCTAssertEqual(report.agents.first?.unreadable.map(\.location.path), [".mcp.json"])
        XCTAssertEqual(report.verdict, .notReady)
    }

    func testBinaryMCPConfigurationIsAnError() throws {
        try project.write(".mcp.json", bytes: [0x7B, 0x00, 0x00, 0x01, 0x02, 0x7D])
        let report = try scan()
        let error = try diagnostic(for: ".mcp.json", in: report)
        XCTAssertEqual(error.kind, .error)
        XCTAssertEqual(error.message, "binary content (NUL bytes); not a text configuration file")
        XCTAssertEqual(report.verdict, .notReady)
        XCTAssertEqual(report.files.map(\.path), [])
    }

    func testNonUTF8MCPConfigurationIsLocated() throws {
        let bytes = Array(#"{"mcpServers": {"x": {"command": "np"#.utf8) + [0xFF] + Array(#"x"}}}"#.utf8)
        try project.write(".mcp.json", bytes: bytes)
        let error = try diagnostic(for: ".mcp.json", in: try scan())
        XCTAssertEqual(error.kind, .error)
        XCTAssertEqual(error.location, SourceLocation(path: ".mcp.json", line: 1, column: 37))
        XCTAssertTrue(error.message.contains("UTF-8"), error.message)
    }

    func testOversizedMCPConfigurationIsRefused() throws {
        let size = 8 << 20 + 1
        guard try project.writeSparse(".mcp.json", size: size) != nil else {
            throw XCTSkip("the file system cannot make sparse files")
        }
        let report = try scan()
        let error = try diagnostic(for: ".mcp.json", in: report)
        XCTAssertEqual(error.kind, .error)
        XCTAssertEqual(error.message, "file is 8388609 bytes, over the 8388608-byte limit; not read")
        XCTAssertEqual(report.verdict, .notReady)
    }

    func testOversizedFileIsRefusedFromItsSizeWithoutBeingRead() throws {
        // 64 GiB of holes: reading it would exhaust memory, so a prompt refusal shows it was not read.
        let size = 64 << 30
        guard try project.writeSparse(".mcp.json", size: size) != nil else {
            throw XCTSkip("the file system cannot make sparse files this large")
        }
        let error = try diagnostic(for: ".mcp.json", in: try scan())
        XCTAssertEqual(error.message, "file is \(size) bytes, over the 8388608-byte limit; not read")
    }

    func testOversizedUnclaimedFileIsAWarning() throws {
        guard try project.writeSparse("data/export.json", size: 9 << 20) != nil else {
            throw XCTSkip("the file system cannot make sparse files")
        }
        try project.write("agent.yaml", Self.manifest)
        let report = try scan()
        let warning = try diagnostic(for: "data/export.json", in: report)
        XCTAssertEqual(warning.kind, .warning)
        XCTAssertTrue(warning.message.hasSuffix("; not read"), warning.message)
        XCTAssertEqual(report.agents.first?.unreadable, [])
    }

    func testDeeplyNestedMCPConfigurationIsRefused() throws {
        try project.write(".mcp.json", "{\"mcpServers\": " + String(repeating: "[", count: 10_000))
        let error = try diagnostic(for: ".mcp.json", in: try scan())
        XCTAssertEqual(error.kind, .error)
        // `{` is the first collection, the first `[` (column 16) the second; the 129th is at column 143.
        XCTAssertEqual(error.location, SourceLocation(path: ".mcp.json", line: 1, column: 143))
        XCTAssertTrue(error.message.contains("nesting deeper than 128 levels"), error.message)
    }

    func testAliasBombManifestIsRefused() throws {
        var text = "apiVersion: preflight/v1\nlol: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let levels = Array("abcdefghij").map(String.init)
        for (previous, name) in zip(levels, levels.dropFirst()) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        try project.write("agent.yaml", text)
        let report = try scan()
        let error = try diagnostic(for: "agent.yaml", in: report)
        XCTAssertEqual(error.kind, .error)
        XCTAssertTrue(error.message.contains("aliases expand to more than"), error.message)
        XCTAssertEqual(report.verdict, .notReady)
    }

    func testSymbolicLinkLoopIsWarnedAndNotFollowed() throws {
        try project.write("agent.yaml", Self.manifest)
        try project.link("tools/up", to: "..")
        let report = try scan()
        let warning = try diagnostic(for: "tools/up", in: report)
        XCTAssertEqual(warning.kind, .warning)
        XCTAssertTrue(warning.message.contains("symbolic link loop"), warning.message)
        XCTAssertEqual(report.files.map(\.path), ["agent.yaml"])
        XCTAssertEqual(report.agents.first?.unreadable, [])
    }

    func testSymbolicLinkOutOfRootIsNotFollowed() throws {
        let outside = try TemporaryProject()
        others.append(outside)
        try outside.write("secrets/.mcp.json", "{\"mcpServers\": {\"x\": \"not an object\"")
        try project.write("agent.yaml", Self.manifest)
        try project.link("shared", to: outside.path("secrets"))
        try project.link(".mcp.json", to: outside.path("secrets/.mcp.json"))
        let report = try scan()
        for path in ["shared", ".mcp.json"] {
            let warning = try diagnostic(for: path, in: report)
            XCTAssertEqual(warning.kind, .warning)
            XCTAssertEqual(warning.message, "symbolic link points outside the scanned root; not followed")
        }
        XCTAssertEqual(report.files.map(\.path), ["agent.yaml"])
        XCTAssertEqual(report.diagnostics.filter { $0.kind == .error }, [])
    }

    func testIrrelevantLinksOutOfRootAreNotWarned() throws {
        let outside = try TemporaryProject()
        others.append(outside)
        try outside.write("README.md", "# shared notes\n")
        try outside.write("node_modules/.mcp.json", "{ not json")
        try project.write("agent.yaml", Self.manifest)
        try project.link("README.md", to: outside.path("README.md"))
        try project.link("node_modules", to: outside.path("node_modules"))
        let report = try scan()
        XCTAssertEqual(report.diagnostics, [])
        XCTAssertEqual(report.files.map(\.path), ["agent.yaml"])
    }

    func testUnreadableFileIsAnError() throws {
        if getuid() == 0 { throw XCTSkip("root reads files whatever their permissions") }
        try project.write(".mcp.json", Self.mcpConfiguration)
        XCTAssertEqual(chmod(project.path(".mcp.json"), 0), 0)
        defer { chmod(project.path(".mcp.json"), 0o644) }
        let report = try scan()
        let error = try diagnostic(for: ".mcp.json", in: report)
        XCTAssertEqual(error.kind, .error)
        XCTAssertEqual(error.location, SourceLocation(path: ".mcp.json", line: 1, column: 1))
        XCTAssertEqual(report.agents.map(\.verdict), [.notReady])
    }

    func testDependencyFoldersAreNeverRead() throws {
        try project.write("agent.yaml", Self.manifest)
        try project.write("node_modules/.mcp.json", bytes: [0xFF, 0x00])
        try project.write("node_modules/pkg/.mcp.json", "{ not json")
        let report = try scan()
        XCTAssertEqual(report.files.map(\.path), ["agent.yaml"])
        XCTAssertEqual(report.diagnostics.filter { $0.location.path.contains("node_modules") }, [])
        XCTAssertEqual(report.diagnostics.filter { $0.kind == .error }, [])
    }

    func testMissingRootThrows() {
        let missing = project.path("does-not-exist")
        XCTAssertThrowsError(try Scanner(checks: Catalogue.checks).scan(path: missing)) { error in
            XCTAssertEqual(error as? ScanError, .rootNotFound(missing))
        }
    }
}
