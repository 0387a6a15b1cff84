import PreflightCore

/// PF-SC-008: no credential is written literally into the agent's runtime environment
/// (manifest `environment`, coding-agent settings `env`, Compose and Kubernetes workload env).
///
/// Variables read from dotenv files are left to PF-SC-011, which knows whether the file is
/// committed or ignored. Not applicable when the agent sets no other environment.
struct NoLiteralSecretsInEnvironment: Check {
    static let description = CheckDescription(
        id: "PF-SC-008",
        title: "No literal secrets in the agent's environment",
        area: .supplyChain,
        severity: .critical,
        question: "Does any environment variable the agent runs with hold a real credential written into a committed file?",
        rationale: """
            A key written into a manifest, settings file or deployment file is in every clone, fork, \
            CI log and container image built from the repository, and an agent that can read its own \
            configuration can be talked into repeating it. Environment entries should reference a \
            secret store or a variable set at deploy time, never hold the value.
            """,
        remediation: Remediation(
            "Replace the literal with a reference resolved at runtime (a ${VAR} placeholder, a Kubernetes secretKeyRef, a Compose secret), then rotate the exposed credential.",
            snippet: """
                environment:
                  ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY}
                  DATABASE_URL: postgres://agent@db.internal:5432/support
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "ISO/IEC 42001 A.6.2.5"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  ANTHROPIC_API_KEY: ${ANTHROPIC_API_KEY}
                  ZENDESK_API_TOKEN: ${ZENDESK_API_TOKEN}
                  ZENDESK_SUBDOMAIN: acme-support
                  LOG_LEVEL: info
                """),
            ExampleProject("k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-triage
                spec:
                  template:
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-triage:2.3.1
                          env:
                            - name: ANTHROPIC_API_KEY
                              valueFrom:
                                secretKeyRef:
                                  name: support-triage-secrets
                                  key: anthropic-api-key
                            - name: LOG_LEVEL
                              value: info
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  ANTHROPIC_API_KEY: ↓sk-ant-api03-Xq7vR2mNp9LkW4tY8sJb3cHd6fGz1aQe5uIo0
                  DATABASE_URL: ↓postgres://agent:Tr0ub4dor-77@db.internal:5432/support
                  ZENDESK_API_TOKEN: ${ZENDESK_API_TOKEN}
                """),
            ExampleProject("docker-compose.yml", """
                services:
                  agent:
                    image: ghcr.io/acme/support-triage:2.3.1
                    environment:
                      - ↓GITHUB_TOKEN=ghp_R8m2Kx7Qp4Vn9Lw3Ts6Yb1Hc5Jd0Fg2Az7Eu
                      - LOG_LEVEL=info
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let environment = agent.runtimeEnvironment.filter { $0.envFile == nil }
        guard !environment.isEmpty else {
            return .notApplicable("the agent sets no environment variables outside .env files")
        }
        let leaks = environment.compactMap { variable in variable.secret.map { (variable, $0) } }
        guard leaks.isEmpty else {
            return .fail("\(leaks.count) literal secret(s) in the agent's environment",
                         evidence: leaks.map { variable, match in
                             let kind = match.kind == "credential in \(variable.name)" ? "credential" : match.kind
                             return Evidence("\(kind) \(Secrets.mask(match.secret)) in \(variable.name) (\(variable.origin))", at: variable.location)
                         })
        }
        let referenced = environment.filter { Secrets.isSecretName($0.name) }
        return .pass("\(environment.count) environment variable(s), none holding a literal secret",
                     evidence: referenced.map { Evidence("\($0.name) set without a literal secret (\($0.origin))", at: $0.location) })
    }
}
