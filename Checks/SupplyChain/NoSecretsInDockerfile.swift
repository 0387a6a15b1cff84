import PreflightCore

/// PF-SC-010: no Dockerfile writes a credential into an `ENV` setting or an `ARG` default.
///
/// Every stage is judged, and the `ARG`s before the first `FROM`: the Dockerfile itself is
/// committed, whichever stage a value lands in. Not applicable without a Dockerfile.
struct NoSecretsInDockerfile: Check {
    static let description = CheckDescription(
        id: "PF-SC-010",
        title: "No secrets in Dockerfile ENV or ARG",
        area: .supplyChain,
        severity: .critical,
        question: "Does any Dockerfile write a real credential into an ENV setting or an ARG default?",
        rationale: """
            A Dockerfile is committed, and what its `ENV` sets is baked into every layer after it and shown \
            by `docker inspect` to anyone who can pull the image; `ARG` values end up in the image history. \
            A key written there leaks through the repository, the registry and every cache on the way, and \
            the agent can read its own environment back. Build secrets belong in a secret mount, runtime \
            secrets in the environment the platform injects.
            """,
        remediation: Remediation(
            "Remove the literal, pass build-time credentials as a BuildKit secret mount and runtime ones from the platform's secret store, then rotate the exposed credential.",
            snippet: """
                # syntax=docker/dockerfile:1
                RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
                # docker build --secret id=npm_token,env=NPM_TOKEN .
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "CIS Docker 4.10"],
        passingExamples: [
            ExampleProject("Dockerfile", """
                # syntax=docker/dockerfile:1
                FROM python:3.12.7-slim-bookworm@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1
                ARG PIP_INDEX_URL
                ENV PYTHONUNBUFFERED=1 \\
                    LOG_LEVEL=info \\
                    OTEL_SERVICE_NAME=support-triage
                COPY requirements.lock .
                RUN --mount=type=secret,id=pip_token,env=PIP_TOKEN \\
                    pip install --no-cache-dir --require-hashes -r requirements.lock
                USER 10001
                CMD ["python", "-m", "support_triage"]
                """),
        ],
        failingExamples: [
            ExampleProject("Dockerfile", """
                FROM python:3.12.7-slim-bookworm@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1
                ARG GITHUB_TOKEN=↓ghp_R8m2Kx7Qp4Vn9Lw3Ts6Yb1Hc5Jd0Fg2Az7Eu
                ENV ANTHROPIC_API_KEY=↓sk-ant-api03-Xq7vR2mNp9LkW4tY8sJb3cHd6fGz1aQe5uIo0 \\
                    LOG_LEVEL=info
                ENV DATABASE_URL ↓postgres://agent:Tr0ub4dor-77@db.internal:5432/support
                USER 10001
                CMD ["python", "-m", "support_triage"]
                """),
            ExampleProject("web/Dockerfile", """
                ARG NPM_TOKEN=↓"npm_Vb7Qk2Lp9Xr4Tz6Wm1Nc8Hd3Fs5Gj0Ay2Eu7Kq4"
                FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446 AS build
                ARG NPM_TOKEN
                RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let builds = agent.containerBuilds
        guard !builds.isEmpty else {
            return .notApplicable("no Dockerfile builds an image for the agent")
        }
        let settings = builds.flatMap(\.environment)
        let leaks = settings.compactMap { setting in setting.secret.map { (setting, $0) } }
        guard leaks.isEmpty else {
            return .fail("\(leaks.count) literal secret(s) in Dockerfile ENV or ARG",
                         evidence: leaks.map { setting, match in
                             let kind = match.kind == "credential in \(setting.name)" ? "credential" : match.kind
                             return Evidence("\(kind) \(Secrets.mask(match.secret)) in \(setting.name) (\(setting.origin))",
                                             at: setting.location)
                         })
        }
        let named = settings.filter { Secrets.isSecretName($0.name) }
        return .pass("\(settings.count) ENV setting(s) and ARG default(s) in \(builds.count) Dockerfile(s), none holding a literal secret",
                     evidence: named.map { Evidence("\($0.name) set without a literal secret (\($0.origin))", at: $0.location) })
    }
}
