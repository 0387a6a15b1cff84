import PreflightCore

/// PF-SC-001: MCP client configurations hold references to secrets, never the secrets.
struct NoLiteralSecretsInMCPConfig: Check {
    static let description = CheckDescription(
        id: "PF-SC-001",
        title: "No literal secrets in MCP server configuration",
        area: .supplyChain,
        severity: .critical,
        question: "Does any MCP server's env, headers, arguments or URL hold a credential written out in full?",
        rationale: """
            MCP configurations such as .mcp.json and .vscode/mcp.json are committed and shared, so a token \
            or a password written into them is in the repository's history for good, readable by everyone \
            with access and by every agent that reads the workspace. Clients expand placeholders \
            (`${VAR}`, `${input:id}`, `${env:VAR}`), so the secret can stay in the environment or a prompt.
            """,
        remediation: Remediation(
            "Replace each literal with a placeholder the client fills in, revoke the exposed credential, and keep the value in the environment or a secret store.",
            snippet: """
                {
                  "mcpServers": {
                    "github": {
                      "type": "http",
                      "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}
                    },
                    "orders-db": {
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0"],
                      "env": {"DATABASE_URI": "${DATABASE_URI}"}
                    }
                  }
                }
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "github": {
                      "type": "http",
                      "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}
                    },
                    "orders-db": {
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0", "--access-mode=restricted"],
                      "env": {"DATABASE_URI": "${DATABASE_URI:-postgresql://localhost:5432/orders}"}
                    }
                  }
                }
                """),
            ExampleProject(".vscode/mcp.json", """
                {
                  "inputs": [{"type": "promptString", "id": "pg-password", "password": true}],
                  "servers": {
                    "orders-db": {
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0"],
                      "env": {"DATABASE_URI": "postgresql://app:${input:pg-password}@localhost:5432/orders"}
                    }
                  }
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".mcp.json", """
                {
                  "mcpServers": {
                    "orders-db": {
                      "command": "uvx",
                      "args": ["postgres-mcp==0.3.0"],
                      "env": {"DATABASE_URI": ↓"postgresql://app:Xk9vR2mPq7Lw@db.internal:5432/orders"}
                    },
                    "analytics": {
                      "type": "http",
                      "url": "https://mcp.acme-analytics.io/mcp",
                      "headers": {"X-API-Key": ↓"a8F3kL0qZ7xW2mN9pR4t"}
                    }
                  }
                }
                """),
            ExampleProject(".cursor/mcp.json", """
                {
                  "mcpServers": {
                    "search": {
                      "command": "npx",
                      "args": ["-y", "@acme/search-mcp@1.4.0", ↓"--api-key=Q7w2Er9Ty4Ui1Op6As3D"]
                    },
                    "events": {"url": ↓"https://events.acme-analytics.io/sse?token=Zr8Lq3Vx6Nm1Pk4Ws9Ty"}
                  }
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let servers = agent.mcpServers
        guard !servers.isEmpty else {
            return .notApplicable("no MCP servers")
        }
        var evidence: [Evidence] = []
        for server in servers {
            for setting in server.environment + server.headers {
                if let match = setting.secret {
                    evidence.append(NoLiteralSecretsInMCPConfig.finding(server, "\(setting.name)", match, at: setting.location))
                }
            }
            for (index, argument) in server.arguments.enumerated() {
                let previous = index > 0 ? server.arguments[index - 1].value : nil
                if let match = NoLiteralSecretsInMCPConfig.secret(inArgument: argument.value, after: previous) {
                    evidence.append(NoLiteralSecretsInMCPConfig.finding(server, "argument", match, at: argument.location))
                }
            }
            if let url = server.url, let match = NoLiteralSecretsInMCPConfig.secret(inURL: url.value) {
                evidence.append(NoLiteralSecretsInMCPConfig.finding(server, "URL", match, at: url.location))
            }
        }
        guard evidence.isEmpty else {
            return .fail("MCP configuration holds literal secrets", evidence: evidence)
        }
        return .pass("no literal secret in the env, headers, arguments or URLs of \(servers.count) MCP servers",
                     evidence: servers.map { Evidence("server \"\($0.name)\"", at: $0.location) })
    }

    /// Evidence naming the server, where the secret is, its kind and its masked form.
    private static func finding(_ server: MCPServer, _ place: String, _ match: SecretMatch, at location: SourceLocation) -> Evidence {
        Evidence("server \"\(server.name)\" \(place) holds a literal \(match.kind) (\(Secrets.mask(match.secret)))", at: location)
    }

    /// A secret in a launcher argument: `--name=value`, `NAME=value` (as `docker -e` takes it),
    /// the value after a `--token`-like flag, or a recognisable token on its own.
    static func secret(inArgument argument: String, after previous: String?) -> SecretMatch? {
        if let equals = ASCIIText.firstIndex(of: "=", in: argument[...]), equals != argument.startIndex {
            let name = argument[..<equals].drop { $0 == "-" }
            return Secrets.detect(name: String(name), value: String(argument[argument.index(after: equals)...]))
        }
        let flag = previous.flatMap { $0.hasPrefix("-") ? String($0.drop { $0 == "-" }) : nil }
        return Secrets.detect(name: flag, value: argument)
    }

    /// A secret in a URL: a password in its user part, or a credential-like query parameter.
    static func secret(inURL url: String) -> SecretMatch? {
        if let match = Secrets.detect(value: url) { return match }
        guard let query = ASCIIText.split(url[...], separator: "?", maxSplits: 1).dropFirst().first else { return nil }
        for parameter in ASCIIText.split(query, separator: "&") {
            let parts = ASCIIText.split(parameter, separator: "=", maxSplits: 1)
            guard parts.count == 2, let match = Secrets.detect(name: String(parts[0]), value: String(parts[1])) else { continue }
            return match
        }
        return nil
    }
}
