import PreflightCore

/// PF-ISO-011: the commands and local MCP servers the agent runs are sandboxed.
struct ToolExecutionSandboxed: Check {
    static let description = CheckDescription(
        id: "PF-ISO-011",
        title: "Local tool execution runs in a sandbox",
        area: .isolation,
        severity: .high,
        question: "When the agent runs a command or starts a local MCP server, is it confined by a sandbox?",
        rationale: """
            A shell command or a local (stdio) MCP server runs with the user's full rights unless something \
            confines it, so one injected instruction or one compromised package can read every file and \
            reach every host. The rule: a sandbox switched off (Claude Code `sandbox.enabled: false` or \
            absent, manifest `runtime.sandbox: none`, VS Code `sandboxEnabled: false`) fails where it is \
            written; Claude Code settings with no enabled sandbox fail at the settings file, because Claude \
            Code then runs shell commands on the host; each stdio server fails at its name unless VS Code \
            sandboxes it, it is launched with `docker run`, or the manifest's runtime sandbox wraps the \
            whole agent (Claude Code's own sandbox covers shell commands only, not MCP servers). With \
            nothing local to run and no sandbox declared, a manifest gives no evidence, and remote-only \
            MCP servers make the question moot.
            """,
        remediation: Remediation(
            "Enable Claude Code's sandbox, sandbox each local MCP server in VS Code (or run it in a container), or declare the agent's runtime sandbox.",
            snippet: """
                // .claude/settings.json
                {"sandbox": {"enabled": true, "failIfUnavailable": true, "allowUnsandboxedCommands": false}}

                // .vscode/mcp.json
                {"servers": {"postgres": {"command": "uvx", "args": ["postgres-mcp==0.3.0"], "sandboxEnabled": true}}}

                # preflight.yaml
                runtime:
                  sandbox: gvisor
                """),
        references: ["OWASP ASI05", "OWASP LLM06", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {"allow": ["Bash(npm run test:*)"]},
                  "sandbox": {
                    "enabled": true,
                    "failIfUnavailable": true,
                    "allowUnsandboxedCommands": false
                  }
                }
                """),
            ExampleProject(".vscode/mcp.json", """
                {
                  "servers": {
                    "postgres": {
                      "type": "stdio",
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0", "--access-mode=restricted"],
                      "sandboxEnabled": true
                    },
                    "github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/"}
                  }
                }
                """),
            ExampleProject([
                ("preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: support-triage
                      version: 2.3.1
                    runtime:
                      sandbox: gvisor
                      network: restricted
                    """),
                (".mcp.json", """
                    {"mcpServers": {"tickets": {"command": "node", "args": ["./tools/tickets-server.js"]}}}
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "sandbox": {
                    ↓"enabled": false,
                    "network": {"allowedDomains": ["registry.npmjs.org"]}
                  }
                }
                """),
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    ↓"postgres": {
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0"],
                      "env": {"DATABASE_URI": "${DATABASE_URI}"}
                    },
                    "github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/"}
                  }
                }
                """),
            ExampleProject(".vscode/mcp.json", """
                {
                  "servers": {
                    "shell": {
                      "command": "uvx",
                      "args": ["mcp-shell-server==1.0.3"],
                      ↓"sandboxEnabled": false
                    }
                  }
                }
                """),
            ExampleProject(".claude/settings.json", """
                ↓{
                  "permissions": {"allow": ["Bash(npm run test:*)"]}
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for sandbox in agent.sandboxes {
            if let enabled = sandbox.enabled {
                if enabled.value {
                    shown.append(Evidence("\(sandbox.origin) enabled", at: enabled.location))
                } else {
                    gaps.append(Evidence("\(sandbox.origin) switched off", at: enabled.location))
                }
            } else if sandbox.coversShellCommandsOnly {
                gaps.append(Evidence("\(sandbox.origin) declared without enabled: true (off by default)", at: sandbox.location))
            }
        }
        let wholeAgent = agent.sandboxes.contains { $0.enabled?.value == true && !$0.coversShellCommandsOnly }
        let shellSandbox = agent.sandboxes.contains { $0.coversShellCommandsOnly }
        if !wholeAgent, !shellSandbox,
           let settings = ClaudeSettingsPlace.forMissing(agent.permissionSettings) {
            gaps.append(Evidence("Claude Code runs shell commands on the host: no sandbox", at: settings))
        }
        let localServers = agent.mcpServers.filter { $0.transport == .stdio && !$0.disabled }
        for server in localServers {
            if let sandboxed = server.sandboxEnabled {
                if sandboxed.value {
                    shown.append(Evidence("server \"\(server.name)\" sandboxEnabled", at: sandboxed.location))
                } else {
                    gaps.append(Evidence("server \"\(server.name)\" sandbox switched off", at: sandboxed.location))
                }
            } else if ToolExecutionSandboxed.runsInContainer(server), let command = server.command {
                shown.append(Evidence("server \"\(server.name)\" runs in a container", at: command.location))
            } else if !wholeAgent {
                gaps.append(Evidence("server \"\(server.name)\" runs on the host unsandboxed", at: server.location))
            }
        }
        if !gaps.isEmpty {
            return .fail("local tool execution is not sandboxed everywhere", evidence: gaps)
        }
        if !shown.isEmpty {
            return .pass("local tool execution is sandboxed", evidence: shown)
        }
        if agent.hasManifest || agent.mcpServers.isEmpty {
            return .unknown("no evidence: nothing declares a sandbox for the agent's tool execution")
        }
        return .notApplicable("only remote MCP servers: nothing is run locally")
    }

    /// Whether the server is launched as a container (`docker run`, `podman run`).
    static func runsInContainer(_ server: MCPServer) -> Bool {
        guard let launcher = server.launcher, launcher == "docker" || launcher == "podman" else { return false }
        return server.arguments.first?.value == "run"
    }
}
