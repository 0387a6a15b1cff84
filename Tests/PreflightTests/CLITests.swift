import Foundation
import PreflightChecks
import PreflightCLI
import PreflightCore
import XCTest

/// Runs `preflight` in-process, as a user would from a shell.
final class CLITests: XCTestCase {
    private func preflight(_ arguments: [String], terminal: Bool = false, environment: [String: String] = [:]) -> (Int32, CapturedIO) {
        let io = CapturedIO(terminal: terminal)
        let code = PreflightCLI.run(arguments, io: io, environment: environment)
        return (code, io)
    }

    func testVersionAndHelp() {
        let (code, io) = preflight(["--version"])
        XCTAssertEqual(code, 0)
        XCTAssertEqual(io.output, "preflight \(PreflightTool.version)\n")
        let (helpCode, help) = preflight(["--help"])
        XCTAssertEqual(helpCode, 0)
        for command in ["scan", "checks", "explain"] { XCTAssertTrue(help.output.contains("  \(command) "), command) }
        for command in ["scan", "checks", "explain"] {
            let (code, io) = preflight([command, "--help"])
            XCTAssertEqual(code, 0)
            XCTAssertTrue(io.output.contains("Usage: preflight \(command)"), io.output)
        }
    }

    func testUnknownCommandAndOptionSuggestTheClosest() {
        let (code, io) = preflight(["scna"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(io.error.contains("Did you mean 'scan'?"), io.error)
        let (optionCode, option) = preflight(["scan", "--fromat", "json"])
        XCTAssertEqual(optionCode, 2)
        XCTAssertTrue(option.error.contains("unknown option '--fromat'. Did you mean '--format'?"), option.error)
        let (formatCode, format) = preflight(["scan", "--format", "jsno"])
        XCTAssertEqual(formatCode, 2)
        XCTAssertTrue(format.error.contains("Did you mean 'json'?"), format.error)
        let (severityCode, severity) = preflight(["scan", "--fail-on", "hihg"])
        XCTAssertEqual(severityCode, 2)
        XCTAssertTrue(severity.error.contains("Did you mean 'high'?"), severity.error)
    }

    func testBadValuesAreUsageErrors() {
        XCTAssertEqual(preflight(["scan", "--fail-under", "101"]).0, 2)
        XCTAssertEqual(preflight(["scan", "--fail-under", "abc"]).0, 2)
        XCTAssertEqual(preflight(["scan", "--format"]).0, 2)
        XCTAssertEqual(preflight(["scan", "a", "b"]).0, 2)
        let (code, io) = preflight(["scan", "/nonexistent/preflight-project"])
        XCTAssertEqual(code, 2)
        XCTAssertTrue(io.error.contains("no such file or directory: /nonexistent/preflight-project"), io.error)
    }

    func testExplainShowsTheWholeCheckAndSuggestsOnTypos() {
        let check = AgentNameAndVersionProbe.description
        let (code, io) = preflight(["explain", check.id.lowercased()])
        XCTAssertEqual(code, 0)
        XCTAssertTrue(io.output.contains(check.question))
        XCTAssertTrue(io.output.contains(check.remediation.snippet.split(separator: "\n")[0]))
        XCTAssertTrue(io.output.contains("Why it matters"))
        let (typoCode, typo) = preflight(["explain", String(check.id.dropLast())])
        XCTAssertEqual(typoCode, 2)
        XCTAssertTrue(typo.error.contains("Did you mean"), typo.error)
    }

    func testChecksListsEveryCheckOnOneLine() {
        let (code, io) = preflight(["checks"])
        XCTAssertEqual(code, 0)
        let lines = io.output.split(separator: "\n")
        XCTAssertEqual(lines.count, Catalogue.checks.count + 1)
        for check in Catalogue.checks {
            XCTAssertEqual(lines.filter { $0.hasPrefix(check.description.id + " ") }.count, 1, check.description.id)
        }
        let (jsonCode, json) = preflight(["checks", "--format", "json"])
        XCTAssertEqual(jsonCode, 0)
        let decoded = try? JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        XCTAssertEqual((decoded?["checks"] as? [Any])?.count, Catalogue.checks.count)
    }

    func testColourOnlyOnATerminalAndNeverWithNoColor() {
        let escape = "\u{1B}["
        XCTAssertTrue(preflight(["checks"], terminal: true).1.output.contains(escape))
        XCTAssertFalse(preflight(["checks"], terminal: false).1.output.contains(escape))
        XCTAssertFalse(preflight(["checks"], terminal: true, environment: ["NO_COLOR": "1"]).1.output.contains(escape))
        XCTAssertFalse(preflight(["checks", "--no-color"], terminal: true).1.output.contains(escape))
    }

    func testScanExitCodesFollowTheVerdict() throws {
        let notReady = try TemporaryProject(["preflight.yaml": "apiVersion: preflight/v1\nkind: Agent\nmetadata:\n  name: a\n"])
        XCTAssertEqual(preflight(["scan", notReady.root]).0, 1)
        let empty = try TemporaryProject(["README.md": "# nothing here\n"])
        let (code, io) = preflight(["scan", empty.root])
        XCTAssertEqual(code, 0, "nothing to assess is not a failure")
        XCTAssertTrue(io.output.contains("Nothing to assess"), io.output)
        XCTAssertEqual(preflight(["scan", empty.root, "--fail-under", "90"]).0, 0, "a score gate never fails when nothing applies")
    }

    func testJSONToAFileIsByteIdenticalAcrossRuns() throws {
        let project = try TemporaryProject([
            "preflight.yaml": "apiVersion: preflight/v1\nkind: Agent\nmetadata:\n  name: a\n  version: 1.0.0\n",
            "sub/preflight.yaml": "apiVersion: preflight/v1\nkind: Agent\nmetadata:\n  name: b\n",
        ])
        let outputs = try TemporaryProject()
        let first = outputs.path("first.json")
        let second = outputs.path("second.json")
        XCTAssertEqual(preflight(["scan", project.root, "--format", "json", "-o", first]).0, 1)
        XCTAssertEqual(preflight(["scan", project.root, "--format=json", "--output", second]).0, 1)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        XCTAssertEqual(a, b)
        let decoded = try XCTUnwrap(JSONSerialization.jsonObject(with: a) as? [String: Any])
        XCTAssertEqual(decoded["schemaVersion"] as? String, "2.0")
        XCTAssertEqual((decoded["agents"] as? [[String: Any]])?.map { $0["name"] as? String }, ["a", "b"])
        XCTAssertFalse(String(decoding: a, as: UTF8.self).contains(project.root), "no absolute path in the report")
    }
}

/// The first identity check, named for tests that need one concrete description.
private enum AgentNameAndVersionProbe {
    static var description: CheckDescription { Catalogue.check(id: "PF-ID-001")!.description }
}
