@testable import PreflightCore
import XCTest

/// The Codex CLI configuration reader: MCP servers, approval policy and sandbox, in
/// profiles too.
final class CodexConfigurationReaderTests: XCTestCase {
    func testServersSwitchesAndProfilesAreLocated() throws {
        let path = ".codex/config.toml"
        let outcome = ReaderHarness.load(path, """
            model = "gpt-5-codex"
            approval_policy = "on-request"
            sandbox_mode = "workspace-write"

            [sandbox_workspace_write]
            network_access = true

            [mcp_servers.github]
            command = "npx"
            args = ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
            env = { GITHUB_PERSONAL_ACCESS_TOKEN = "ghp_R7xZq2LmN8vB4kT1wY6pC3sD9fH0jK5aE2uQ" }

            [mcp_servers.docs]
            url = "https://docs-mcp.acme.example/mcp"
            enabled = false

            [profiles.yolo]
            approval_policy = "never"
            sandbox_mode = "danger-full-access"
            """)
        XCTAssertEqual(outcome.format, .codexConfiguration)
        XCTAssertEqual(outcome.agentRoot, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let facts = outcome.facts
        XCTAssertEqual(facts.codex.configurations.map(\.description), ["\(path):1:1"])
        XCTAssertEqual(facts.permissionSettings.approvalPolicies.map(\.value), ["on-request", "never"])
        XCTAssertEqual(facts.permissionSettings.approvalPolicies.map { $0.location.description }, ["\(path):2:1", "\(path):18:1"])
        XCTAssertEqual(facts.codex.sandboxModes.map(\.value), ["workspace-write", "danger-full-access"])
        XCTAssertEqual(facts.codex.sandboxModes.map { $0.location.description }, ["\(path):3:1", "\(path):19:1"])
        XCTAssertEqual(facts.codex.networkAccess.map(\.value), [true])
        XCTAssertEqual(facts.codex.networkAccess.map { $0.location.description }, ["\(path):6:1"])
        XCTAssertTrue(facts.sandboxes.isEmpty)

        XCTAssertEqual(facts.mcpServers.map(\.name), ["github", "docs"])
        let github = facts.mcpServers[0]
        XCTAssertEqual(github.client, .codex)
        XCTAssertEqual(github.transport, .stdio)
        XCTAssertEqual(ReaderHarness.at(github.location), "\(path):8:14")
        XCTAssertEqual(ReaderHarness.at(github.command?.location), "\(path):9:11")
        XCTAssertEqual(github.arguments.map { $0.location.description }, ["\(path):10:9", "\(path):10:15"])
        XCTAssertEqual(github.environment.map(\.name), ["GITHUB_PERSONAL_ACCESS_TOKEN"])
        XCTAssertEqual(github.environment.map { $0.location.description }, ["\(path):11:40"])
        XCTAssertEqual(github.environment.map(\.origin), ["MCP server \"github\" env"])
        let docs = facts.mcpServers[1]
        XCTAssertEqual(docs.transport, .http)
        XCTAssertEqual(ReaderHarness.at(docs.url?.location), "\(path):14:7")
        XCTAssertTrue(docs.disabled)
        XCTAssertEqual(facts.secretFindings.map { $0.location.description }, ["\(path):11:41"], "the token itself, inside its quotes")
    }

    func testUnknownValuesAndServersWithoutEndpointsAreWarnings() {
        let path = "tools/.codex/config.toml"
        let outcome = ReaderHarness.load(path, """
            approval_policy = "sometimes"

            [mcp_servers.empty]
            args = ["--help"]
            """)
        XCTAssertEqual(outcome.agentRoot, "tools")
        XCTAssertEqual(outcome.facts.permissionSettings.approvalPolicies.map(\.value), ["sometimes"])
        XCTAssertEqual(outcome.facts.mcpServers.count, 0)
        XCTAssertEqual(outcome.diagnostics.map(\.message), [
            "approval_policy 'sometimes' is not one of untrusted, on-request, on-failure, never",
            "MCP server 'empty' has neither 'command' nor 'url'; ignored",
        ])
        XCTAssertEqual(outcome.diagnostics.map { $0.location.description }, ["\(path):1:1", "\(path):3:14"])
    }

    func testATOMLSyntaxErrorIsALocatedUnreadableFile() {
        let outcome = ReaderHarness.load(".codex/config.toml", "model = \"gpt-5\nsandbox_mode = \"read-only\"\n")
        XCTAssertNil(outcome.format)
        XCTAssertEqual(outcome.diagnostics.map(\.kind), [.error])
        XCTAssertEqual(outcome.diagnostics.map(\.message), ["could not be parsed: unterminated string: no closing '\"' on its line"])
        XCTAssertEqual(outcome.diagnostics.map { $0.location.description }, [".codex/config.toml:1:9"])
    }

    func testConfigTomlOutsideCodexIsNotRead() {
        XCTAssertNil(ReaderHarness.load("config.toml", "approval_policy = \"never\"").format)
    }
}
