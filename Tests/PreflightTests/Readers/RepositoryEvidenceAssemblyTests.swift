@testable import PreflightCore
import XCTest

/// Repository-wide evidence reaches the agents it covers, never makes an agent, and keeps the
/// CODEOWNERS file GitHub uses.
final class RepositoryEvidenceAssemblyTests: XCTestCase {
    private let server = #"{"mcpServers": {"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"]}}}"#

    private var agents: [Agent] {
        let files = [
            (".github/CODEOWNERS", "* @acme/platform\n"),
            ("CODEOWNERS", "* @acme/someone-else\n"),
            ("docs/runbooks/support.md", "# Support\n\nDisable the agent first.\n"),
            ("agents/support/.mcp.json", server),
            ("agents/support/AGENTS.md", "# Support\n\n## Purpose\nTriage.\n"),
            ("agents/billing/.mcp.json", server),
            ("agents/billing/RUNBOOK.md", "# Billing\n"),
        ]
        return Scanner(checks: []).agents(files: files.map { (path: $0.0, content: $0.1) }, rootName: "shop")
    }

    func testDocumentsNeverMakeAnAgent() {
        XCTAssertEqual(agents.map(\.path), ["agents/billing", "agents/support"])
    }

    func testEachAgentGetsTheEvidenceCoveringIt() {
        let byPath = Dictionary(uniqueKeysWithValues: agents.map { ($0.path, $0) })
        let billing = byPath["agents/billing"]!
        let support = byPath["agents/support"]!
        XCTAssertEqual(billing.repositoryEvidence.runbooks.map(\.path).sorted(), ["agents/billing/RUNBOOK.md", "docs/runbooks/support.md"])
        XCTAssertEqual(support.repositoryEvidence.runbooks.map(\.path), ["docs/runbooks/support.md"])
        XCTAssertEqual(billing.repositoryEvidence.agentDocuments.map(\.path), [])
        XCTAssertEqual(support.repositoryEvidence.agentDocuments.map(\.path), ["agents/support/AGENTS.md"])
        XCTAssertEqual(support.configurationFiles, ["agents/support/.mcp.json"])
        XCTAssertEqual(support.repositoryFiles,
                       [".github/CODEOWNERS", "CODEOWNERS", "agents/support/AGENTS.md", "docs/runbooks/support.md"])
    }

    func testTheCodeOwnersFileGitHubUsesWins() throws {
        for agent in agents {
            let codeOwners = try XCTUnwrap(agent.repositoryEvidence.codeOwners)
            XCTAssertEqual(codeOwners.path, ".github/CODEOWNERS")
            XCTAssertEqual(codeOwners.ignored, ["CODEOWNERS"])
            XCTAssertEqual(codeOwners.owners(of: "agents/billing/.mcp.json")?.value, ["@acme/platform"])
        }
    }
}
