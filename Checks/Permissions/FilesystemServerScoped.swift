import Foundation
import PreflightCore

/// PF-PERM-007: a filesystem MCP server is given project folders, not the whole disk or a
/// home directory.
struct FilesystemServerScoped: Check {
    static let description = CheckDescription(
        id: "PF-PERM-007",
        title: "Filesystem MCP server is limited to project folders",
        area: .permissions,
        severity: .high,
        question: "Can the filesystem MCP server read and write the whole disk or a home directory?",
        rationale: """
            The filesystem server can read, write and move anything under the directories it is given. \
            Given `/`, `~`, `$HOME`, `/Users` or `/home`, it exposes SSH keys, cloud credentials, browser \
            profiles and every other project to the agent, and to any prompt injection that steers it. \
            Naming the folders the task needs keeps a mistake or an attack inside them.
            """,
        remediation: Remediation(
            "Pass only the folders the agent works on, as paths inside the project.",
            snippet: """
                {
                  "mcpServers": {
                    "fs": {
                      "command": "npx",
                      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs", "./data/exports"]
                    }
                  }
                }
                """),
        references: ["OWASP LLM06", "OWASP ASI02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7"],
        passingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "fs": {
                      "command": "npx",
                      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./docs", "./data/exports"]
                    }
                  }
                }
                """),
            ExampleProject("claude_desktop_config.json", """
                {
                  "mcpServers": {
                    "filesystem": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm",
                               "--mount", "type=bind,src=/Users/alice/projects/site,dst=/projects/site",
                               "mcp/filesystem@sha256:0f3c6b7e2a9d4c1e8b5a7f6d3c2b1a0e9f8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b", "/projects"]
                    }
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject("claude_desktop_config.json", """
                {
                  "mcpServers": {
                    "filesystem": {
                      "command": "npx",
                      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", ↓"/Users/alice", "/tmp/scratch"]
                    }
                  }
                }
                """),
            ExampleProject(".cursor/mcp.json", """
                {
                  "mcpServers": {
                    "files": {
                      "command": "npx",
                      "args": ["@modelcontextprotocol/server-filesystem@2025.8.21", ↓"${HOME}", ↓"/"]
                    },
                    "host-files": {
                      "command": "docker",
                      "args": ["run", "-i", "--rm", "-v", ↓"/:/projects/root", "mcp/filesystem:1.0.2", "/projects"]
                    }
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let servers = agent.mcpServers.filter { !$0.disabled && FilesystemServerScoped.isFilesystemServer($0) }
        guard !servers.isEmpty else {
            return .notApplicable("no filesystem MCP server")
        }
        var evidence: [Evidence] = []
        for server in servers {
            for (index, argument) in server.arguments.enumerated() {
                let previous = index > 0 ? server.arguments[index - 1].value : nil
                guard let path = FilesystemServerScoped.hostPath(argument.value, after: previous),
                      FilesystemServerScoped.isBroad(path) else { continue }
                evidence.append(Evidence("server \"\(server.name)\" is given \(path)", at: argument.location))
            }
        }
        guard evidence.isEmpty else {
            return .fail("a filesystem MCP server is given the whole disk or a home directory", evidence: evidence)
        }
        return .pass("every filesystem MCP server is limited to named folders",
                     evidence: servers.map { Evidence("server \"\($0.name)\" scoped", at: $0.location) })
    }

    /// Whether the server runs the MCP filesystem server (npm package or container image).
    static func isFilesystemServer(_ server: MCPServer) -> Bool {
        let words = [server.command?.value ?? ""] + server.arguments.map(\.value)
        return words.contains { $0.containsASCII("server-filesystem") || $0.hasPrefix("mcp/filesystem") }
    }

    /// The host path an argument hands to the server: the argument itself, the host side of
    /// a `-v host:container` volume, or the `src` of a `--mount`; nil for flags.
    static func hostPath(_ argument: String, after previous: String?) -> String? {
        if previous == "-v" || previous == "--volume" { return String(argument.split(separator: ":").first ?? "") }
        for prefix in ["--volume=", "-v="] where argument.hasPrefix(prefix) {
            return String(argument.dropFirst(prefix.count).split(separator: ":").first ?? "")
        }
        let mount = previous == "--mount" ? argument : argument.hasPrefix("--mount=") ? String(argument.dropFirst(8)) : nil
        if let mount {
            for field in mount.split(separator: ",") {
                for key in ["src=", "source="] where field.hasPrefix(key) { return String(field.dropFirst(key.count)) }
            }
            return nil
        }
        return argument.hasPrefix("-") ? nil : argument
    }

    /// Whether a path is the whole disk, every home directory, or one user's home.
    static func isBroad(_ path: String) -> Bool {
        var trimmed = path.trimmingWhitespace()
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        let roots: Set<String> = [
            "/", "~", "$HOME", "${HOME}", "${env:HOME}", "${userHome}", "/Users", "/home", "/root", "C:", "C:\\",
        ]
        if roots.contains(trimmed) { return true }
        let parts = trimmed.split(separator: "/")
        return trimmed.hasPrefix("/") && parts.count == 2 && (parts[0] == "Users" || parts[0] == "home")
    }
}
