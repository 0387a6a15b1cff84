import PreflightCore

/// PF-SC-009: the image a Dockerfile's final stage is built on is pinned by digest.
///
/// Only what runs is judged: the final stage, followed back through `FROM <earlier stage>`
/// to the stage that starts from an image. Build stages the final stage only copies files
/// from are not judged: their compilers and tools do not ship in the image (pinning them
/// too is still good practice). `FROM scratch` has nothing to pin. A base written as a variable is expanded from the
/// `ARG` defaults declared before the first `FROM`; when it cannot be, the answer is
/// unknown (the value is chosen at build time).
struct DockerfileBaseImagePinned: Check {
    static let description = CheckDescription(
        id: "PF-SC-009",
        title: "Dockerfile base image is pinned by digest",
        area: .supplyChain,
        severity: .high,
        question: "Is the image the agent's container is built on exactly the one that was reviewed?",
        rationale: """
            The final stage's `FROM` decides the operating system, libraries and language runtime the agent \
            ships with. `latest`, an untagged name or any tag can be re-pushed upstream, so two builds of the \
            same commit can produce different images, and a poisoned base slips in on the next rebuild. A \
            digest names the content, so every build starts from the bytes that were scanned.
            """,
        remediation: Remediation(
            "Pin the final stage's base image by digest, keeping the tag for readers (`docker buildx imagetools inspect python:3.12.7-slim-bookworm` prints it), and let Renovate or Dependabot propose digest updates.",
            snippet: """
                FROM python:3.12.7-slim-bookworm@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1
                """),
        references: ["OWASP ASI04", "OWASP LLM03", "NIST AI RMF MANAGE 3.1", "CIS Docker 4.2"],
        passingExamples: [
            ExampleProject("Dockerfile", """
                # syntax=docker/dockerfile:1
                FROM node:22.11.0-bookworm-slim@sha256:545ea538461003efdc8c81c244531b003f6f26cfccf6c0073b3239fdedf49446 AS deps
                WORKDIR /app
                COPY package.json package-lock.json ./
                RUN npm ci --omit=dev

                FROM deps AS runtime
                COPY src ./src
                USER node
                CMD ["node", "src/agent.js"]
                """),
            ExampleProject("docker/agent.Dockerfile", """
                ARG PYTHON_IMAGE=python:3.12.7-slim-bookworm@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1
                FROM ${PYTHON_IMAGE}
                WORKDIR /srv/agent
                COPY requirements.lock .
                RUN pip install --no-cache-dir --require-hashes -r requirements.lock
                COPY agent ./agent
                USER 10001
                ENTRYPOINT ["python", "-m", "agent"]
                """),
        ],
        failingExamples: [
            ExampleProject("Dockerfile", """
                FROM golang:1.23.3-bookworm@sha256:d754ed9f64ac293b10268157f283ee23256fb32a4f8dedb25c8446ca5bcb0bb3 AS build
                WORKDIR /src
                COPY . .
                RUN CGO_ENABLED=0 go build -o /out/agent ./cmd/agent

                FROM ↓gcr.io/distroless/static-debian12
                COPY --from=build /out/agent /agent
                USER nonroot
                ENTRYPOINT ["/agent"]
                """),
            ExampleProject("services/research/Containerfile", """
                FROM ↓python:3.12-slim AS base
                RUN pip install --no-cache-dir uv==0.5.4

                from base as runtime
                COPY . /app
                CMD ["uv", "run", "research-agent"]
                """),
            ExampleProject("Dockerfile.dev", """
                FROM --platform=linux/amd64 ↓node:latest
                WORKDIR /app
                COPY . .
                CMD ["npm", "run", "dev"]
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
            guard let root = build.finalChain.last else { continue }
            let base = root.base
            if root.isScratch {
                shown.append(Evidence("final image built FROM scratch: no base image", at: base.location))
                continue
            }
            guard let image = ContainerBuild.expand(base.value, with: build.globalArguments) else {
                unresolved.append(base.location.path)
                continue
            }
            let written = image == base.value ? image : "\(base.value) (\(image))"
            if let problem = LaunchArguments.imagePinProblem(image) {
                gaps.append(Evidence("final image built on \(written): \(problem)", at: base.location))
            } else {
                shown.append(Evidence("final image built on \(written), pinned by digest", at: base.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("the final image is built on a base that is not pinned by digest", evidence: gaps)
        }
        guard unresolved.isEmpty else {
            return .unknown("no evidence: the final base image in \(unresolved.joined(separator: ", ")) is a build argument without a default")
        }
        return .pass("the final stage of \(builds.count) Dockerfile(s) starts from a digest-pinned base or from scratch",
                     evidence: shown)
    }
}
