@testable import PreflightCore
import XCTest

/// The runbook reader: which files are runbooks, where they apply, whether they say how to
/// stop the agent.
final class RunbookReaderTests: XCTestCase {
    func testARunbookUnderDocsRunbooksCoversTheWholeRepository() throws {
        let path = "docs/runbooks/support-triage.md"
        let outcome = ReaderHarness.load(path, """
            # Support triage incidents

            1. Page #support-platform-oncall.
            2. Flip the kill switch `agents.support-triage.enabled` to false.
            3. Revoke the agent's Zendesk token.
            """)
        XCTAssertEqual(outcome.format, .incidentRunbook)
        XCTAssertEqual(outcome.scope, .repository)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.coveredDirectory, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let runbook = try XCTUnwrap(outcome.facts.repositoryEvidence.runbooks.first)
        XCTAssertEqual(runbook.path, path)
        XCTAssertEqual(runbook.stopInstructions, Located("kill switch", at: SourceLocation(path: path, line: 4, column: 13)))
    }

    func testARunbookElsewhereCoversItsOwnDirectory() throws {
        let outcome = ReaderHarness.load("services/api/RUNBOOK.md", "# API runbook\n\nCheck the dashboards first.\n")
        XCTAssertEqual(outcome.coveredDirectory, "services/api")
        XCTAssertNil(try XCTUnwrap(outcome.facts.repositoryEvidence.runbooks.first).stopInstructions)
        XCTAssertEqual(ReaderHarness.load("ops/runbooks/database.txt", "Stop the writers.\n").coveredDirectory, "ops")
    }

    func testStopWordsStartAWord() throws {
        let path = "INCIDENT.md"
        let outcome = ReaderHarness.load(path, "# Incidents\n\nThe agent runs nonstop.\nTo halt it, stop the worker.\n")
        let runbook = try XCTUnwrap(outcome.facts.repositoryEvidence.runbooks.first)
        XCTAssertEqual(runbook.stopInstructions, Located("stop", at: SourceLocation(path: path, line: 4, column: 13)))
    }

    func testRunbookNames() {
        let reader = RunbookReader()
        XCTAssertTrue(reader.claims(path: "runbooks/agent.md"))
        XCTAssertTrue(reader.claims(path: "docs/runbooks/escalation/agent.rst"))
        XCTAssertTrue(reader.claims(path: "RUNBOOK.md"))
        XCTAssertTrue(reader.claims(path: "docs/support-agent-runbook.md"))
        XCTAssertTrue(reader.claims(path: "INCIDENT.md"))
        XCTAssertTrue(reader.claims(path: "docs/incident-response-agents.MD"))
        XCTAssertFalse(reader.claims(path: "runbooks/deploy.yaml"))
        XCTAssertFalse(reader.claims(path: "docs/guide.md"))
        XCTAssertFalse(reader.claims(path: "runbook.yaml"))
    }
}
