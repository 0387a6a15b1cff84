@testable import PreflightCore
import XCTest

/// The agent documentation reader: intended use and limits, located; where a document applies.
final class AgentDocumentationReaderTests: XCTestCase {
    func testIntendedUseAndLimitsAreLocatedAtTheirWords() throws {
        let path = "agents/support/AGENTS.md"
        let outcome = ReaderHarness.load(path, """
            # Support triage agent

            ## Intended use
            Labels and routes inbound support tickets.

            ## Limitations
            It must not reply to customers or close tickets.
            """)
        XCTAssertEqual(outcome.format, .agentDocumentation)
        XCTAssertEqual(outcome.scope, .repository)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.coveredDirectory, "agents/support")
        let document = try XCTUnwrap(outcome.facts.repositoryEvidence.agentDocuments.first)
        XCTAssertEqual(document.path, path)
        XCTAssertEqual(document.intendedUse, Located("intended use", at: SourceLocation(path: path, line: 3, column: 4)))
        XCTAssertEqual(document.limits, Located("limitation", at: SourceLocation(path: path, line: 6, column: 4)))
    }

    func testADocumentThatStatesNeitherHasNeither() throws {
        let outcome = ReaderHarness.load("docs/model-card.md", "# Setup\n\nRun `npm ci`, then `npm test`.\n")
        XCTAssertEqual(outcome.coveredDirectory, ".")
        let document = try XCTUnwrap(outcome.facts.repositoryEvidence.agentDocuments.first)
        XCTAssertNil(document.intendedUse)
        XCTAssertNil(document.limits)
    }

    func testNames() {
        let reader = AgentDocumentationReader()
        XCTAssertTrue(reader.claims(path: "AGENTS.md"))
        XCTAssertTrue(reader.claims(path: "agents/a/agents.md"))
        XCTAssertTrue(reader.claims(path: "MODEL_CARD.md"))
        XCTAssertTrue(reader.claims(path: "docs/AGENT_CARD.md"))
        XCTAssertTrue(reader.claims(path: "model-card.md"))
        XCTAssertFalse(reader.claims(path: "README.md"))
        XCTAssertFalse(reader.claims(path: ".well-known/agent-card.json"))
    }
}
