import Foundation
import PreflightChecks
import PreflightCLI
@testable import PreflightCore
import PreflightReports
import XCTest

/// The scan reads a tree agent by agent (ScanPipeline): roots marked by content are found
/// before the agents are laid out, every file lands in its agent whatever window it falls in,
/// and the streamed reports are the whole-report renderings byte for byte.
final class ScanPipelineTests: XCTestCase {
    private let server = #"{"mcpServers": {"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"]}}}"#

    func testAManifestUnderAnyNameMarksItsRootBeforeTheOtherFilesArePlaced() {
        let agents = Scanner(checks: []).agents(files: [
            ("svc/agent-definition.yml", "apiVersion: preflight/v1\nkind: Agent\nmetadata:\n  name: svc\n"),
            ("svc/deploy/app.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: a}]\n"),
            ("json/agent.json", #"{"apiVersion": "preflight\/v1", "kind": "Agent", "metadata": {"name": "escaped"}}"#),
            ("json/compose.yaml", "services:\n  a:\n    image: a\n"),
        ], rootName: "repo")
        XCTAssertEqual(agents.map(\.path), ["json", "svc"])
        XCTAssertEqual(agents.map(\.name), ["escaped", "svc"])
        XCTAssertEqual(agents.last?.files, ["svc/agent-definition.yml", "svc/deploy/app.yaml"])
        XCTAssertEqual(agents.first?.files, ["json/agent.json", "json/compose.yaml"])
    }

    func testAManifestsBytesSettleItsRootWhenTheyCan() {
        let reader = ManifestReader()
        let bytes = { (text: String) in Array(text.utf8) }
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion: preflight/v1\nkind: Agent\n")), .yes)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("# agent\n%YAML 1.2\n--- # doc\n\napiVersion: preflight/v1\n")), .yes)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("kind: Agent\napiVersion: preflight/v1\n")), .unknown,
                       "not the first line: parsed to know")
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("a: \"x\napiVersion: preflight/v1 \"\n")), .unknown,
                       "inside a quoted scalar")
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion: preflight/v1\napiVersion: v2\n")), .unknown,
                       "a second apiVersion may win")
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion :\t'preflight/v1'\n")), .yes)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion: \"preflight/v1\"\r\n")), .yes)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("  apiVersion: preflight/v1\n")), .unknown, "indented: not top level")
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("? apiVersion\n: preflight/v1\n")), .unknown)
        XCTAssertEqual(reader.rootMarking(path: "a/x.json", bytes: bytes("{\"apiVersion\": \"preflight/v1\"}")), .unknown)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion: v1\nkind: ConfigMap\n")), .no)
        XCTAssertEqual(reader.rootMarking(path: "a/x.yaml", bytes: bytes("apiVersion: apps/v1\n# preflight\n")), .unknown)
    }

    func testAFileThatOnlyLooksLikeAManifestMarksNoAgent() {
        let agents = Scanner(checks: []).agents(files: [
            ("svc/x.yaml", "apiVersion: preflight/v1\napiVersion: v2\n"),
            ("svc/compose.yaml", "services:\n  a:\n    image: a\n"),
            ("compose.yaml", "services:\n  b:\n    image: b\n"),
        ], rootName: "repo")
        XCTAssertEqual(agents.map(\.path), ["."])
        XCTAssertEqual(agents.first?.files, ["compose.yaml", "svc/compose.yaml"])
    }

    func testABrokenManifestStillMarksItsAgent() throws {
        let report = Scanner(checks: Catalogue.checks).scan(files: [
            ("svc/agent.yaml", "apiVersion: preflight/v1\nkind: Agent\nmetadata: {name: [unclosed\n"),
            ("svc/.env", "MODE=prod\n"),
            (".mcp.json", server),
        ], rootName: "repo")
        XCTAssertEqual(report.agents.map(\.path), [".", "svc"])
        let svc = try XCTUnwrap(report.agents.last)
        XCTAssertEqual(svc.verdict, .notReady)
        XCTAssertEqual(svc.unreadable.map(\.location.path), ["svc/agent.yaml"])
        XCTAssertEqual(svc.files, ["svc/.env"])
    }

    func testAgentsBeyondOneWindowKeepTheirFilesAndTheirOrder() {
        let count = ScanPipeline.window * 2 + 7
        var files: [(path: String, content: String)] = [(".github/CODEOWNERS", "* @acme/platform\n")]
        for index in (0..<count).reversed() {
            let directory = "agents/a\(String(format: "%04d", index))"
            files.append(("\(directory)/.mcp.json", server))
            files.append(("\(directory)/preflight.yaml", "apiVersion: preflight/v1\nkind: Agent\nmetadata:\n  name: n\(index)\n"))
        }
        let agents = Scanner(checks: []).agents(files: files)
        XCTAssertEqual(agents.count, count)
        XCTAssertEqual(agents.map(\.path), agents.map(\.path).sorted())
        for (index, agent) in agents.enumerated() {
            let directory = "agents/a\(String(format: "%04d", index))"
            XCTAssertEqual(agent.name, "n\(index)")
            XCTAssertEqual(agent.files, [".github/CODEOWNERS", "\(directory)/.mcp.json", "\(directory)/preflight.yaml"])
            XCTAssertEqual(agent.repositoryFiles, [".github/CODEOWNERS"])
        }
    }

    func testTheStreamedReportsAreTheWholeReportsByteForByte() throws {
        var tree: [String: String] = [:]
        for index in 0..<(ScanPipeline.window + 3) {
            tree["agents/a\(index)/.mcp.json"] = server
        }
        tree["broken/.mcp.json"] = "{\"mcpServers\": [\n"
        let project = try TemporaryProject(tree)
        let outputs = try TemporaryProject()
        let whole = try Scanner(checks: Catalogue.checks).scan(path: project.root)
        XCTAssertEqual(whole.agents.count, ScanPipeline.window + 4)

        XCTAssertEqual(PreflightCLI.run(["scan", project.root, "--format", "json", "-o", outputs.path("r.json")], io: CapturedIO(terminal: false)), 1)
        let streamedJSON = try String(contentsOfFile: outputs.path("r.json"), encoding: .utf8)
        XCTAssertEqual(streamedJSON, JSONReport.render(whole, catalogueVersion: Catalogue.version))

        XCTAssertEqual(PreflightCLI.run(["scan", project.root, "-o", outputs.path("r.txt")], io: CapturedIO(terminal: false)), 1)
        let streamedText = try String(contentsOfFile: outputs.path("r.txt"), encoding: .utf8)
        XCTAssertEqual(streamedText, TerminalReport.render(whole, style: TerminalStyle(colour: false)))
        XCTAssertTrue(streamedText.contains("Agent broken (broken)  NOT READY"), "the broken file's own directory is its agent")
    }

    func testFailuresQuoteTheirLineOnlyWhenAsked() throws {
        let files: [(path: String, content: String)] = [(".mcp.json", #"{"mcpServers": {"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/"]}}}"#)]
        let quoted = Scanner(checks: Catalogue.checks).scan(files: files)
        let unquoted = Scanner(checks: Catalogue.checks, quotesSourceLines: false).scan(files: files)
        let quotedEvidence = quoted.agents.flatMap(\.results).filter { $0.status == .fail }.flatMap(\.evidence)
        let unquotedEvidence = unquoted.agents.flatMap(\.results).filter { $0.status == .fail }.flatMap(\.evidence)
        XCTAssertTrue(quotedEvidence.contains { $0.sourceLine?.contains("server-filesystem") == true })
        XCTAssertEqual(unquotedEvidence.count, quotedEvidence.count)
        XCTAssertTrue(unquotedEvidence.allSatisfy { $0.sourceLine == nil })
        XCTAssertEqual(unquotedEvidence.map(\.evidence.note), quotedEvidence.map(\.evidence.note))
    }

    func testAFailedScanLeavesNoReportBehind() throws {
        let outputs = try TemporaryProject()
        let io = CapturedIO(terminal: false)
        XCTAssertEqual(PreflightCLI.run(["scan", outputs.path("missing"), "--format", "json", "-o", outputs.path("r.json")], io: io), 2)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: outputs.root), [])
        XCTAssertEqual(io.output, "")
    }
}
