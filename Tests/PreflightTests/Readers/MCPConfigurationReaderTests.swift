@testable import PreflightCore
import XCTest

/// The MCP client configuration reader: paths, server shapes, locations and warnings.
final class MCPConfigurationReaderTests: XCTestCase {
    func testClaudeCodeServersAreLocatedAtTheirNamesAndValues() throws {
        let outcome = ReaderHarness.load(".mcp.json", """
            {
              "mcpServers": {
                "fs": {
                  "command": "npx",
                  "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"]
                },
                "github": {
                  "type": "http",
                  "url": "https://api.githubcopilot.com/mcp/",
                  "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}
                }
              }
            }
            """)
        XCTAssertEqual(outcome.format, .mcpConfiguration)
        XCTAssertEqual(outcome.agentRoot, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let servers = outcome.facts.mcpServers
        XCTAssertEqual(servers.map(\.name), ["fs", "github"])

        let fs = servers[0]
        XCTAssertEqual(fs.client, .claudeCode)
        XCTAssertEqual(fs.transport, .stdio)
        XCTAssertEqual(ReaderHarness.at(fs.location), ".mcp.json:3:5")
        XCTAssertEqual(fs.command?.value, "npx")
        XCTAssertEqual(ReaderHarness.at(fs.command?.location), ".mcp.json:4:18")
        XCTAssertEqual(fs.arguments.map(\.value), ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"])
        XCTAssertEqual(fs.arguments.map { $0.location.description }, [".mcp.json:5:16", ".mcp.json:5:22", ".mcp.json:5:75"])

        let github = servers[1]
        XCTAssertEqual(github.transport, .http)
        XCTAssertNil(github.command)
        XCTAssertEqual(ReaderHarness.at(github.location), ".mcp.json:7:5")
        XCTAssertEqual(ReaderHarness.at(github.url?.location), ".mcp.json:9:14")
        XCTAssertEqual(github.headers, [EnvironmentVariable(
            name: "Authorization", value: "Bearer ${GITHUB_TOKEN}",
            location: SourceLocation(path: ".mcp.json", line: 10, column: 36), origin: "MCP server \"github\" headers")])
    }

    func testVSCodeJSONCWithCommentsTrailingCommasAndInputPlaceholders() throws {
        let outcome = ReaderHarness.load("services/billing/.vscode/mcp.json", """
            // VS Code MCP servers for this workspace
            {
              "inputs": [
                {
                  "type": "promptString",
                  "id": "pg-password",
                  "description": "Database password",
                  "password": true
                },
              ],
              "servers": {
                /* local database tools */
                "postgres": {
                  "type": "stdio",
                  "command": "uvx",
                  "args": ["postgres-mcp==0.3.0", "--access-mode=restricted"],
                  "env": {
                    "DATABASE_URI": "postgresql://app:${input:pg-password}@localhost:5432/app",
                  },
                  "sandboxEnabled": true,
                  "envFile": "${workspaceFolder}/.env",
                },
                "docs": {"type": "sse", "url": "https://docs.example.com/mcp/sse"},
              },
            }
            """)
        let path = "services/billing/.vscode/mcp.json"
        XCTAssertEqual(outcome.format, .mcpConfiguration)
        XCTAssertEqual(outcome.agentRoot, "services/billing")
        XCTAssertEqual(outcome.diagnostics, [])
        let servers = outcome.facts.mcpServers
        XCTAssertEqual(servers.map(\.name), ["postgres", "docs"])
        XCTAssertEqual(servers.map(\.client), [.vscode, .vscode])
        XCTAssertEqual(servers.map(\.transport), [.stdio, .sse])

        let postgres = servers[0]
        XCTAssertEqual(ReaderHarness.at(postgres.location), "\(path):13:5")
        XCTAssertEqual(postgres.sandboxEnabled, Located(true, at: SourceLocation(path: path, line: 20, column: 7)))
        XCTAssertEqual(postgres.environment, [EnvironmentVariable(
            name: "DATABASE_URI", value: "postgresql://app:${input:pg-password}@localhost:5432/app",
            location: SourceLocation(path: path, line: 18, column: 25), origin: "MCP server \"postgres\" env")])
        XCTAssertEqual(ReaderHarness.at(servers[1].url?.location), "\(path):23:36")
    }

    func testGeminiURLIsSSEHTTPURLIsHTTPAndTrustIsLocatedAtItsKey() throws {
        let outcome = ReaderHarness.load(".gemini/settings.json", """
            {
              "theme": "GitHub",
              "mcpServers": {
                "analytics": {
                  "httpUrl": "https://analytics.example.com/mcp",
                  "headers": {"X-API-Key": "$ANALYTICS_KEY"},
                  "trust": true,
                  "includeTools": ["run_query"]
                },
                "events": {"url": "https://events.example.com/sse"}
              }
            }
            """)
        XCTAssertEqual(outcome.agentRoot, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let servers = outcome.facts.mcpServers
        XCTAssertEqual(servers.map(\.client), [.gemini, .gemini])
        XCTAssertEqual(servers.map(\.transport), [.http, .sse])
        XCTAssertEqual(servers[0].url?.value, "https://analytics.example.com/mcp")
        XCTAssertEqual(ReaderHarness.at(servers[0].url?.location), ".gemini/settings.json:5:18")
        XCTAssertEqual(servers[0].trust, Located(true, at: SourceLocation(path: ".gemini/settings.json", line: 7, column: 7)))
        XCTAssertEqual(servers[0].headers.map(\.value), ["$ANALYTICS_KEY"])
        XCTAssertNil(servers[1].trust)
    }

    func testGeminiSettingsWithoutServersAreReadWithoutAWarning() {
        let outcome = ReaderHarness.load("tools/.gemini/settings.json", #"{"theme": "GitHub", "autoAccept": false}"#)
        XCTAssertEqual(outcome.format, .mcpConfiguration)
        XCTAssertEqual(outcome.agentRoot, "tools")
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertTrue(outcome.facts.mcpServers.isEmpty)
    }

    func testWindsurfServerURLAndDisabled() {
        let outcome = ReaderHarness.load("mcp_config.json", """
            {"mcpServers": {
              "search": {"serverUrl": "https://search.example.com/mcp", "disabled": true}
            }}
            """)
        let server = outcome.facts.mcpServers.first
        XCTAssertEqual(server?.client, .windsurf)
        XCTAssertEqual(server?.transport, .http)
        XCTAssertEqual(server?.disabled, true)
        XCTAssertEqual(ReaderHarness.at(server?.url?.location), "mcp_config.json:2:27")
    }

    func testUnderstoodShapesOnlyOtherwiseAWarningSayingWhatWasExpected() {
        let cursor = ReaderHarness.load(".cursor/mcp.json", """
            {
              "servers": {"fs": {"command": "npx"}}
            }
            """)
        XCTAssertEqual(cursor.format, .mcpConfiguration)
        XCTAssertTrue(cursor.facts.mcpServers.isEmpty)
        XCTAssertEqual(cursor.diagnostics.map(\.kind), [.warning])
        XCTAssertEqual(cursor.diagnostics.first?.message, "no 'mcpServers' key: expected the Cursor MCP servers under it")
        XCTAssertEqual(ReaderHarness.at(cursor.diagnostics.first?.location), ".cursor/mcp.json:1:1")

        let list = ReaderHarness.load("claude_desktop_config.json", """
            {
              "mcpServers": ["filesystem"]
            }
            """)
        XCTAssertEqual(list.diagnostics.map(\.kind), [.warning])
        XCTAssertEqual(ReaderHarness.at(list.diagnostics.first?.location), "claude_desktop_config.json:2:3")
        XCTAssertTrue(list.diagnostics.first?.message.contains("should map each server's name") == true)

        let entry = ReaderHarness.load(".mcp.json", """
            {"mcpServers": {"broken": "npx server", "empty": {"env": {}}}}
            """)
        XCTAssertEqual(entry.diagnostics.map { "\($0.location.column) \($0.kind.rawValue)" }, ["17 warning", "41 warning"])
        XCTAssertTrue(entry.facts.mcpServers.isEmpty)
    }

    func testPathsOfOtherFilesAreNotClaimed() {
        let reader = MCPConfigurationReader()
        XCTAssertFalse(reader.claims(path: "mcp.json"))
        XCTAssertFalse(reader.claims(path: "settings.json"))
        XCTAssertFalse(reader.claims(path: ".claude/settings.json"))
        XCTAssertTrue(reader.claims(path: "apps/web/.cursor/mcp.json"))
        XCTAssertEqual(reader.agentRoot(of: "apps/web/.cursor/mcp.json"), "apps/web")
        XCTAssertEqual(reader.agentRoot(of: "apps/web/.mcp.json"), "apps/web")
    }
}
