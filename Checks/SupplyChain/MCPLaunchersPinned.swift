import PreflightCore

/// PF-SC-002: MCP servers fetched at launch (`npx`, `uvx`, `docker run`) name an exact
/// version, so every start runs the code that was reviewed.
struct MCPLaunchersPinned: Check {
    static let description = CheckDescription(
        id: "PF-SC-002",
        title: "MCP server launchers pin exact versions",
        area: .supplyChain,
        severity: .high,
        question: "Does every MCP server fetched at launch run an exact, reviewed version?",
        rationale: """
            `npx -y pkg`, `uvx pkg` and `docker run image` download the newest release each time the \
            client starts, so a hijacked maintainer account or a typosquatted update runs with the \
            agent's rights on the next launch, unreviewed. An exact npm or PyPI version (`pkg@1.2.3`, \
            `pkg==1.2.3`) or an image digest (`image@sha256:...`, as tags can be moved) makes each start \
            reproducible and every upgrade a reviewed change.
            """,
        remediation: Remediation(
            "Pin each package to an exact version and each image to a digest; upgrade them through reviewed changes.",
            snippet: """
                {
                  "mcpServers": {
                    "fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"]},
                    "fetch": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]},
                    "github": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN",
                      "ghcr.io/github/github-mcp-server:v0.20.1@sha256:5e2c7a1f0b9d8c3e4a6f7b2d1c0e9a8b7f6d5c4e3b2a1f0e9d8c7b6a5f4e3d2c"]}
                  }
                }
                """),
        references: ["OWASP ASI04", "OWASP LLM03", "NIST AI RMF MAP 4.1", "ISO/IEC 42001 A.10.3"],
        passingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs"]},
                    "fetch": {"command": "uvx", "args": ["--from", "mcp-server-fetch==2025.4.7", "mcp-server-fetch"]},
                    "time": {"command": "uvx", "args": ["mcp-server-time@2025.8.4", "--local-timezone=Europe/Paris"]},
                    "github": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN",
                               "ghcr.io/github/github-mcp-server:v0.20.1@sha256:5e2c7a1f0b9d8c3e4a6f7b2d1c0e9a8b7f6d5c4e3b2a1f0e9d8c7b6a5f4e3d2c"],
                      "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}"}
                    }
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "fs": {"command": "npx", "args": ["-y", ↓"@modelcontextprotocol/server-filesystem", "./docs"]},
                    "browser": {"command": "npx", "args": [↓"@playwright/mcp@latest"]},
                    "fetch": {"command": "uvx", "args": [↓"mcp-server-fetch"]},
                    "github": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", ↓"ghcr.io/github/github-mcp-server"]
                    }
                  }
                }
                """),
            ExampleProject("claude_desktop_config.json", """
                {
                  "mcpServers": {
                    "sqlite": {"command": "uvx", "args": ["--python", "3.12", ↓"mcp-server-sqlite>=0.6", "--db-path", "./app.db"]},
                    "notes": {"command": "docker", "args": ["run", "--rm", "-i", "-v", "./notes:/data", ↓"acme/notes-mcp:1.2.0"]},
                    "search": {"command": "npx", "args": ["--yes", "--package", ↓"@acme/search-mcp@^1.4.0", "search-mcp"]}
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        var gaps: [Evidence] = []
        var pinned: [Evidence] = []
        var launched = 0
        for server in agent.mcpServers where !server.disabled {
            let arguments = server.arguments
            let packages: [(Located<String>, String?)]
            switch server.launcher {
            case "npx", "bunx":
                packages = LaunchArguments.npmPackages(arguments).map { ($0, LaunchArguments.npmPinProblem($0.value)) }
            case "uvx":
                packages = LaunchArguments.pythonPackage(arguments).map { [($0, LaunchArguments.pythonPinProblem($0.value))] } ?? []
            case "docker", "podman":
                packages = LaunchArguments.containerImage(arguments).map { [($0, LaunchArguments.imagePinProblem($0.value))] } ?? []
            default:
                continue
            }
            launched += 1
            for (package, problem) in packages {
                if let problem {
                    gaps.append(Evidence("server \"\(server.name)\" runs \(package.value): \(problem)", at: package.location))
                } else {
                    pinned.append(Evidence("server \"\(server.name)\" pinned", at: package.location))
                }
            }
        }
        guard launched > 0 else {
            return .notApplicable("no MCP server is fetched at launch by npx, uvx or docker")
        }
        guard gaps.isEmpty else {
            return .fail("MCP servers are fetched at launch without an exact version", evidence: gaps)
        }
        return .pass("every MCP server fetched at launch is pinned", evidence: pinned)
    }
}
