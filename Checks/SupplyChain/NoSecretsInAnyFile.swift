import PreflightCore

/// PF-SC-013: no file the scan read holds a credential anywhere, beyond the settings the
/// other secret checks judge.
///
/// Every line of every file read is searched for credentials that identify themselves:
/// known key formats, passwords in URLs and private keys (``AgentFacts/secretFindings``).
/// A long value under a secret-like name is a guess that needs to know the name is a
/// variable or header (`key: gen_ai.prompt`, `secretKeyRef.key` and
/// `credential: workload-identity` are not secrets), so it is judged only by the checks
/// that read such settings. Lines holding an MCP server's env, header, argument or URL
/// value (PF-SC-001), a runtime environment value (PF-SC-008), a Dockerfile `ENV` or `ARG`
/// value (PF-SC-010) or a dotenv value (PF-SC-011) are left to those checks, so a secret is
/// reported once; the rest fail at the secret, one finding per line.
struct NoSecretsInAnyFile: Check {
    static let description = CheckDescription(
        id: "PF-SC-013",
        title: "No secrets anywhere in the agent's files",
        area: .supplyChain,
        severity: .critical,
        question: "Does any file of the agent hold a credential outside the settings the other secret checks cover?",
        rationale: """
            Keys end up in unexpected places: a hook command that posts to a chat webhook, a password in \
            a collector's exporter URL, a registry token in a build step. Wherever it is written, a \
            committed credential is readable by everyone with the repository and by any agent working in it. \
            Looking at every line catches what field-by-field checks cannot anticipate.
            """,
        remediation: Remediation(
            "Replace the literal with a reference resolved at runtime (an environment variable or a secret store), then rotate the exposed credential.",
            snippet: """
                extensions:
                  basicauth/gateway:
                    client_auth:
                      username: ${env:OTLP_USERNAME}
                      password: ${env:OTLP_PASSWORD}
                exporters:
                  otlphttp:
                    endpoint: https://otlp-gateway.acme.io/otlp
                    auth:
                      authenticator: basicauth/gateway
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject("otel-collector-config.yaml", """
                extensions:
                  basicauth/gateway:
                    client_auth:
                      username: ${env:OTLP_USERNAME}
                      password: ${env:OTLP_PASSWORD}
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 0.0.0.0:4317
                exporters:
                  otlphttp:
                    endpoint: https://otlp-gateway.acme.io/otlp
                    auth:
                      authenticator: basicauth/gateway
                service:
                  extensions: [basicauth/gateway]
                  pipelines:
                    traces:
                      receivers: [otlp]
                      exporters: [otlphttp]
                """),
        ],
        failingExamples: [
            ExampleProject("otel-collector-config.yaml", """
                receivers:
                  otlp:
                    protocols:
                      grpc:
                        endpoint: 0.0.0.0:4317
                exporters:
                  otlphttp:
                    endpoint: https://agent:↓Xk9vR2mPq7Lw@otlp-gateway.acme.io/otlp
                service:
                  pipelines:
                    traces:
                      receivers: [otlp]
                      exporters: [otlphttp]
                """),
            ExampleProject([
                (".claude/settings.json", """
                    {
                      "hooks": {
                        "Stop": [
                          {"hooks": [{"type": "command", "command": "curl -s -X POST -H 'Authorization: Bearer ↓xoxb-2741839201-7749301836152-Zq8vLr2Wm4Nt6Ph1Xc3Jd9Ks' https://slack.com/api/chat.postMessage -d channel=agent-runs"}]}
                        ]
                      }
                    }
                    """),
                ("Dockerfile", """
                    FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446
                    WORKDIR /app
                    COPY package.json package-lock.json ./
                    RUN npm config set //registry.npmjs.org/:_authToken=↓npm_Vb7Qk2Lp9Xr4Tz6Wm1Nc8Hd3Fs5Gj0Ay2Eu7Kq4 && npm ci
                    USER node
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let findings = agent.secretFindings
        guard !findings.isEmpty else { return NoSecretsInAnyFile.clean(agent) }
        var covered: Set<LineKey> = []
        let settings = agent.credentialSettings.map(\.location)
            + agent.mcpServers.flatMap { $0.arguments.map(\.location) + [$0.url?.location].compactMap { $0 } }
        for location in settings { covered.insert(LineKey(location)) }
        var reported: Set<LineKey> = []
        var gaps: [Evidence] = []
        for finding in findings.sorted(by: { $0.location < $1.location }) {
            let line = LineKey(finding.location)
            guard !covered.contains(line), reported.insert(line).inserted else { continue }
            gaps.append(Evidence("\(finding.kind) \(finding.masked) written in \(finding.location.path)", at: finding.location))
        }
        guard gaps.isEmpty else {
            return .fail("\(gaps.count) credential(s) written in the agent's files", evidence: gaps)
        }
        return NoSecretsInAnyFile.clean(agent)
    }

    /// The pass of an agent whose files hold no credential beyond its settings.
    private static func clean(_ agent: Agent) -> Outcome {
        .pass("no credential written in the agent's \(agent.files.count) file(s) beyond the settings other checks judge")
    }

    /// A line of a file.
    private struct LineKey: Hashable {
        let path: String
        let line: Int

        init(_ location: SourceLocation) {
            path = location.path
            line = location.line
        }
    }
}
