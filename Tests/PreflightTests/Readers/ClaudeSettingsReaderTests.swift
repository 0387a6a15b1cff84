@testable import PreflightCore
import XCTest

/// The Claude Code settings reader: rules, switches, sandbox, hooks and env, located.
final class ClaudeSettingsReaderTests: XCTestCase {
    private let path = "services/api/.claude/settings.json"

    private var settings: FileOutcome {
        ReaderHarness.load(path, """
            {
              "permissions": {
                "allow": ["Bash(npm run test:*)", "mcp__github__get_*"],
                "ask": ["Bash(git push:*)"],
                "deny": ["Read(./.env*)", "Read(~/.ssh/**)"],
                "defaultMode": "acceptEdits",
                "disableBypassPermissionsMode": "disable"
              },
              "enableAllProjectMcpServers": false,
              "sandbox": {
                "enabled": true,
                "failIfUnavailable": true,
                "allowUnsandboxedCommands": false,
                "network": {"allowedDomains": ["registry.npmjs.org"]}
              },
              "hooks": {
                "PreToolUse": [
                  {
                    "matcher": "Bash|Edit|mcp__.*",
                    "hooks": [{"type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/audit.sh"}]
                  }
                ]
              },
              "env": {"OTEL_SERVICE_NAME": "support-agent", "CLAUDE_CODE_ENABLE_TELEMETRY": "1"}
            }
            """)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testFormatAndAgentRoot() {
        let outcome = settings
        XCTAssertEqual(outcome.format, .claudeSettings)
        XCTAssertEqual(outcome.agentRoot, "services/api")
        XCTAssertEqual(outcome.diagnostics, [])
    }

    func testRulesAreLocatedAtEachListItem() {
        let rules = settings.facts.permissionRules
        XCTAssertEqual(rules.map(\.rule), ["Bash(npm run test:*)", "mcp__github__get_*", "Bash(git push:*)", "Read(./.env*)", "Read(~/.ssh/**)"])
        XCTAssertEqual(rules.map(\.decision), [.allow, .allow, .ask, .deny, .deny])
        XCTAssertEqual(rules.map(\.location), [at(3, 15), at(3, 39), at(4, 13), at(5, 14), at(5, 31)])
        XCTAssertEqual(rules[0].tool, "Bash")
        XCTAssertEqual(rules[0].specifier, "npm run test:*")
    }

    func testSwitchesAreLocatedAtTheirKeys() {
        let switches = settings.facts.permissionSettings
        XCTAssertEqual(switches.defaultModes, [Located("acceptEdits", at: at(6, 5))])
        XCTAssertEqual(switches.disableBypassMode, [Located("disable", at: at(7, 5))])
        XCTAssertEqual(switches.enableAllProjectMCPServers, [Located(false, at: at(9, 3))])
        XCTAssertEqual(switches.settingsFiles, [at(1, 1)])
        XCTAssertEqual(switches.permissionSections, [at(2, 3)])
        XCTAssertEqual(switches.denyLists, [at(5, 5)])
    }

    func testSandboxHooksAndEnvironment() throws {
        let facts = settings.facts
        let sandbox = try XCTUnwrap(facts.sandboxes.first)
        XCTAssertEqual(facts.sandboxes.count, 1)
        XCTAssertEqual(sandbox.origin, "Claude Code sandbox")
        XCTAssertTrue(sandbox.coversShellCommandsOnly)
        XCTAssertEqual(sandbox.location, at(10, 3))
        XCTAssertEqual(sandbox.enabled, Located(true, at: at(11, 5)))
        XCTAssertEqual(sandbox.failIfUnavailable, Located(true, at: at(12, 5)))
        XCTAssertEqual(sandbox.allowUnsandboxedCommands, Located(false, at: at(13, 5)))
        XCTAssertEqual(sandbox.allowedDomains, [Located("registry.npmjs.org", at: at(14, 36))])

        XCTAssertEqual(facts.hooks.count, 1)
        let hook = try XCTUnwrap(facts.hooks.first)
        XCTAssertEqual(hook.event, "PreToolUse")
        XCTAssertEqual(hook.matcher, "Bash|Edit|mcp__.*")
        XCTAssertEqual(hook.command, "$CLAUDE_PROJECT_DIR/.claude/hooks/audit.sh")
        XCTAssertEqual(hook.location, at(20, 19))

        XCTAssertEqual(facts.environment.map(\.name), ["OTEL_SERVICE_NAME", "CLAUDE_CODE_ENABLE_TELEMETRY"])
        XCTAssertEqual(facts.environment.first, EnvironmentVariable(
            name: "OTEL_SERVICE_NAME", value: "support-agent", location: at(24, 32), origin: "Claude Code settings env"))
    }

    func testLocalAndManagedSettingsAreClaimed() {
        let local = ReaderHarness.load(".claude/settings.local.json", #"{"permissions": {"defaultMode": "bypassPermissions"}}"#)
        XCTAssertEqual(local.format, .claudeSettings)
        XCTAssertEqual(local.agentRoot, ".")
        XCTAssertEqual(local.facts.permissionSettings.defaultModes.map(\.value), ["bypassPermissions"])
        XCTAssertEqual(local.facts.permissionSettings.defaultModes.first?.location.column, 18)

        let managed = ReaderHarness.load("deploy/managed-settings.json", #"{"permissions": {"disableBypassPermissionsMode": "disable"}}"#)
        XCTAssertEqual(managed.format, .claudeSettings)
        XCTAssertNil(managed.agentRoot)
        XCTAssertEqual(managed.facts.permissionSettings.disableBypassMode.map(\.value), ["disable"])

        XCTAssertNotEqual(ReaderHarness.load("settings.json", #"{"permissions": {}}"#).format, .claudeSettings)
    }

    func testMalformedShapesAreWarnedAboutAndSkipped() {
        let outcome = ReaderHarness.load(".claude/settings.json", """
            {
              "permissions": ["Bash"],
              "hooks": {"PreToolUse": []}
            }
            """)
        XCTAssertEqual(outcome.diagnostics.map(\.kind), [.warning])
        XCTAssertEqual(outcome.diagnostics.first?.location, SourceLocation(path: ".claude/settings.json", line: 2, column: 3))
        XCTAssertTrue(outcome.facts.permissionRules.isEmpty)
        XCTAssertEqual(outcome.facts.permissionSettings.settingsFiles.count, 1)

        let list = ReaderHarness.load(".claude/settings.json", #"["Bash"]"#)
        XCTAssertEqual(list.diagnostics.map(\.message), ["expected a JSON object of Claude Code settings; not read"])
    }
}
