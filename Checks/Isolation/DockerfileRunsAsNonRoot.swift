import Foundation
import PreflightCore

/// PF-ISO-013: the image a Dockerfile builds runs as a user other than root.
///
/// The user is the last `USER` of the final stage, else of the stages it starts from
/// (`FROM base` inherits `base`'s user). Without one the container runs as root, unless
/// the base image's tag says it runs as its non-root user (distroless `:nonroot`); the
/// failure then points at the final stage's `FROM`. `root`, `0` and `0:0` are root. A user
/// written as a variable is expanded from the `ARG` and `ENV` defaults in scope; when it
/// cannot be, the answer is unknown.
struct DockerfileRunsAsNonRoot: Check {
    static let description = CheckDescription(
        id: "PF-ISO-013",
        title: "Dockerfile image runs as a non-root user",
        area: .isolation,
        severity: .high,
        question: "Does the agent's container image run its process as an unprivileged user?",
        rationale: """
            An image without a `USER` runs the agent as root, so any command an injected prompt or a \
            compromised dependency gets the agent to run owns the whole container filesystem and is one \
            kernel or runtime flaw away from the host. Setting a dedicated user in the image makes non-root \
            the default everywhere it runs, not only where a deployment remembers to override it.
            """,
        remediation: Remediation(
            "Create an unprivileged user in the final stage and switch to it after the steps that need root.",
            snippet: """
                RUN groupadd --gid 10001 agent && useradd --uid 10001 --gid agent --no-create-home agent
                USER 10001:10001
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Docker 4.1"],
        passingExamples: [
            ExampleProject("Dockerfile", """
                FROM python:3.12.7-slim-bookworm@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1
                USER root
                RUN apt-get update && apt-get install -y --no-install-recommends git \\
                    && rm -rf /var/lib/apt/lists/* \\
                    && useradd --uid 10001 --no-create-home agent
                COPY --chown=agent . /srv/agent
                USER agent
                CMD ["python", "-m", "agent"]
                """),
            ExampleProject("deploy/Dockerfile", """
                ARG APP_UID=10001
                FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446 AS base
                ARG APP_UID
                RUN useradd --uid ${APP_UID} agent
                USER ${APP_UID}

                FROM base AS runtime
                COPY dist /app
                CMD ["node", "/app/server.js"]
                """),
            ExampleProject("Dockerfile", """
                FROM golang:1.23.3-bookworm@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3 AS build
                COPY . /src
                RUN cd /src && CGO_ENABLED=0 go build -o /out/agent ./cmd/agent

                FROM gcr.io/distroless/static-debian12:nonroot@sha256:ea3e6869841f102bdb95fc7358ad94097770136193d88ac06a56a1c5a318d613
                COPY --from=build /out/agent /agent
                ENTRYPOINT ["/agent"]
                """),
        ],
        failingExamples: [
            ExampleProject("Dockerfile", """
                FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446 AS build
                WORKDIR /app
                COPY . .
                USER node
                RUN npm ci && npm run build

                ↓FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446
                COPY --from=build /app/dist /app
                CMD ["node", "/app/server.js"]
                """),
            ExampleProject("agents/browser/Dockerfile", """
                FROM mcr.microsoft.com/playwright:v1.49.0-noble@sha256:6b9cc15d4404b66313b1fb961b91c913ad791c3fcbe453ac82d90faaf6834540
                RUN useradd --create-home browser-agent
                USER browser-agent
                COPY . /home/browser-agent/app
                # the sandbox needs root to set up namespaces
                USER ↓0:0
                CMD ["node", "/home/browser-agent/app/agent.js"]
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let builds = agent.containerBuilds
        guard !builds.isEmpty else {
            return .notApplicable("no Dockerfile builds an image for the agent")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        var unresolved: [String] = []
        for build in builds {
            let chain = build.finalChain
            guard let final = chain.first, let root = chain.last else { continue }
            if let user = chain.lazy.compactMap(\.user).first {
                let variables = build.globalArguments + chain.reversed().flatMap(\.environment)
                guard let name = ContainerBuild.expand(user.value, with: variables) else {
                    unresolved.append(user.location.path)
                    continue
                }
                let written = name == user.value ? name : "\(user.value) (\(name))"
                if DockerfileRunsAsNonRoot.isRoot(name) {
                    gaps.append(Evidence("USER \(written) is root", at: user.location))
                } else {
                    shown.append(Evidence("runs as USER \(written)", at: user.location))
                }
            } else if let image = ContainerBuild.expand(root.base.value, with: build.globalArguments),
                      !root.isScratch, DockerfileRunsAsNonRoot.tag(of: image).containsASCII("nonroot") {
                shown.append(Evidence("no USER, but base image \(image) runs as its nonroot user", at: root.base.location))
            } else {
                gaps.append(Evidence("the final stage sets no USER, so the container runs as root", at: final.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("the image runs as root", evidence: gaps)
        }
        guard unresolved.isEmpty else {
            return .unknown("no evidence: the USER in \(unresolved.joined(separator: ", ")) is a build argument without a default")
        }
        return .pass("the image of \(builds.count) Dockerfile(s) runs as a non-root user", evidence: shown)
    }

    /// Whether a `USER` value (`user`, `user:group`, `uid:gid`) names root.
    static func isRoot(_ user: String) -> Bool {
        let name = ASCIIText.split(user[...], separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let trimmed = name.trimmingWhitespace()
        return trimmed == "root" || (!trimmed.isEmpty && trimmed.allSatisfy { $0 == "0" })
    }

    /// The tag of an image reference (`nonroot` for `gcr.io/distroless/static:nonroot@sha256:...`),
    /// empty when it has none.
    private static func tag(of image: String) -> String {
        let withoutDigest = ASCIIText.split(image[...], separator: "@", maxSplits: 1).first ?? ""
        let lastComponent = ASCIIText.split(withoutDigest, separator: "/").last ?? ""
        guard let colon = ASCIIText.firstIndex(of: ":", in: lastComponent) else { return "" }
        return String(lastComponent[lastComponent.index(after: colon)...])
    }
}
