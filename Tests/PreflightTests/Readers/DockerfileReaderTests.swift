@testable import PreflightCore
import XCTest

/// The Dockerfile reader: stages, the final chain, USER, ENV/ARG and RUN located where written.
final class DockerfileReaderTests: XCTestCase {
    private let path = "services/agent/Dockerfile"

    private var dockerfile: FileOutcome {
        ReaderHarness.load(path, """
            # syntax=docker/dockerfile:1
            ARG BASE=python:3.12-slim
            FROM --platform=$BUILDPLATFORM golang:1.23 AS Build
            ENV CGO_ENABLED=0 GOFLAGS="-trimpath -mod=readonly"
            RUN go build \\
                # comment inside a continuation
                -o /out/agent ./cmd/agent
            user builder

            FROM ${BASE} as runtime
            ARG APP_UID=10001
            ARG PIP_TOKEN
            ENV OPENAI_API_KEY sk-live value
            RUN ["sh", "-c", "pip install uv"]
            RUN --mount=type=cache,target=/root/.cache <<EOF
            set -eux
            uv sync --frozen
            EOF
            USER ${APP_UID}:${APP_UID}
            FROM build
            FROBNICATE now
            """)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testClaimsDockerfileAndContainerfileNames() {
        let reader = DockerfileReader()
        for name in ["Dockerfile", "docker/Dockerfile", "Dockerfile.dev", "api.Dockerfile", "Containerfile", "build/worker.dockerfile"] {
            XCTAssertTrue(reader.claims(path: name), name)
        }
        for name in ["Dockerfile.dockerignore", "Dockerfile.j2", "docs/dockerfile-notes.md", "Dockerfiles/README.md", ".dockerignore"] {
            XCTAssertFalse(reader.claims(path: name), name)
        }
    }

    func testStagesAndTheFinalChain() throws {
        let outcome = dockerfile
        XCTAssertEqual(outcome.format, .dockerfile)
        XCTAssertNil(outcome.agentRoot)
        let build = try XCTUnwrap(outcome.facts.containerBuilds.first)
        XCTAssertEqual(outcome.facts.containerBuilds.count, 1)
        XCTAssertEqual(build.location, at(1, 1))
        XCTAssertEqual(build.stages.map(\.base), [
            Located("golang:1.23", at: at(3, 32)), Located("${BASE}", at: at(10, 6)), Located("build", at: at(20, 6)),
        ])
        XCTAssertEqual(build.stages.map(\.location), [at(3, 1), at(10, 1), at(20, 1)])
        XCTAssertEqual(build.stages.map { $0.name?.value }, ["Build", "runtime", nil])
        XCTAssertEqual(build.stages[1].name?.location, at(10, 17))
        XCTAssertEqual(build.parent(of: 2), 0, "stage names match without regard to case")
        XCTAssertNil(build.parent(of: 1))
        XCTAssertEqual(build.finalChain.map(\.location), [at(20, 1), at(3, 1)])
        XCTAssertEqual(build.globalArguments.map(\.name), ["BASE"])
        XCTAssertEqual(ContainerBuild.expand(build.stages[1].base.value, with: build.globalArguments), "python:3.12-slim")
    }

    func testUsersAreTheLastOfEachStageLocatedAtTheirValue() throws {
        let stages = try XCTUnwrap(dockerfile.facts.containerBuilds.first).stages
        XCTAssertEqual(stages[0].user, Located("builder", at: at(8, 6)))
        XCTAssertEqual(stages[1].user, Located("${APP_UID}:${APP_UID}", at: at(19, 6)))
        XCTAssertNil(stages[2].user)
    }

    func testEnvAndArgDefaultsAreLocatedAtTheirValues() throws {
        let stages = try XCTUnwrap(dockerfile.facts.containerBuilds.first).stages
        XCTAssertEqual(stages[0].environment.map(\.name), ["CGO_ENABLED", "GOFLAGS"])
        XCTAssertEqual(stages[0].environment.map(\.value), ["0", "-trimpath -mod=readonly"])
        XCTAssertEqual(stages[0].environment.map(\.location), [at(4, 17), at(4, 27)])
        XCTAssertEqual(stages[0].environment.first?.origin, "services/agent/Dockerfile stage \"Build\" ENV")
        // ARG PIP_TOKEN has no default and sets nothing; the legacy `ENV NAME value` form keeps the whole rest.
        XCTAssertEqual(stages[1].environment.map(\.name), ["APP_UID", "OPENAI_API_KEY"])
        XCTAssertEqual(stages[1].environment.map(\.value), ["10001", "sk-live value"])
        XCTAssertEqual(stages[1].environment.map(\.location), [at(11, 13), at(13, 20)])
    }

    func testRunCommandsJoinContinuationsAndReadJSONAndHeredocs() throws {
        let stages = try XCTUnwrap(dockerfile.facts.containerBuilds.first).stages
        XCTAssertEqual(stages[0].runCommands, [Located("go build     -o /out/agent ./cmd/agent", at: at(5, 5))])
        XCTAssertEqual(stages[1].runCommands, [
            Located("sh -c pip install uv", at: at(14, 5)),
            Located("<<EOF", at: at(15, 44)),
            Located("set -eux", at: at(16, 1)),
            Located("uv sync --frozen", at: at(17, 1)),
        ])
    }

    func testUnknownInstructionsAreReportedWhereWritten() {
        XCTAssertEqual(dockerfile.diagnostics,
                       [InputDiagnostic("unknown instruction \"FROBNICATE\"; ignored", at: at(21, 1), kind: .warning)])
    }

    func testSettingsOnContinuationLinesAreLocatedWhereWritten() throws {
        let outcome = ReaderHarness.load("Dockerfile", """
            FROM a
            ENV A=1 \\
              B=2 \\
            \\
                C=3
            """)
        let stage = try XCTUnwrap(outcome.facts.containerBuilds.first?.stages.first)
        XCTAssertEqual(stage.environment.map(\.name), ["A", "B", "C"])
        XCTAssertEqual(stage.environment.map(\.location.description), ["Dockerfile:2:7", "Dockerfile:3:5", "Dockerfile:5:7"])
    }

    func testEscapeDirectiveAndTabStrippingHeredoc() throws {
        let outcome = ReaderHarness.load("Dockerfile", """
            # escape=`
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            RUN powershell -Command `
                Invoke-WebRequest https://example.invalid/setup.ps1
            RUN <<-SCRIPT
            \tcurl -fsSL https://get.example.invalid | sh
            \tSCRIPT
            USER ContainerUser
            """)
        let stage = try XCTUnwrap(outcome.facts.containerBuilds.first?.stages.first)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(stage.runCommands.map(\.value), [
            "powershell -Command     Invoke-WebRequest https://example.invalid/setup.ps1",
            "<<-SCRIPT",
            "curl -fsSL https://get.example.invalid | sh",
        ])
        XCTAssertEqual(stage.runCommands.map(\.location.description), ["Dockerfile:3:5", "Dockerfile:5:5", "Dockerfile:6:2"])
        XCTAssertEqual(stage.user?.value, "ContainerUser")
    }

    func testInstructionsOutsideAStageAndFilesWithoutFROMAreReported() {
        let outcome = ReaderHarness.load("Dockerfile", """
            RUN apt-get update
            # nothing else
            """)
        XCTAssertEqual(outcome.format, .dockerfile)
        XCTAssertTrue(outcome.facts.containerBuilds.isEmpty)
        XCTAssertEqual(outcome.diagnostics, [
            InputDiagnostic("RUN outside any stage (no FROM before it); ignored",
                            at: SourceLocation(path: "Dockerfile", line: 1, column: 1), kind: .warning),
            InputDiagnostic("no FROM instruction: no image is built from this file", file: "Dockerfile", kind: .warning),
        ])
    }

    func testExpandResolvesDefaultsAndReportsUnresolvedVariables() {
        let variables = [EnvironmentVariable(name: "IMAGE", value: "agent", location: at(1, 1), origin: "test")]
        XCTAssertEqual(ContainerBuild.expand("${REGISTRY:-ghcr.io}/acme/$IMAGE:1.2", with: variables), "ghcr.io/acme/agent:1.2")
        XCTAssertNil(ContainerBuild.expand("$REGISTRY/acme/agent", with: variables))
        XCTAssertEqual(ContainerBuild.expand("python:3.12", with: []), "python:3.12")
    }

    /// The reader works on UTF-8 bytes: columns still count characters, non-ASCII text is
    /// kept whole, and a heredoc's word may hold non-ASCII letters.
    func testNonASCIITextIsReadAndLocatedByCharacter() throws {
        let outcome = ReaderHarness.load("Dockerfile", """
            FROM büsybox AS étape
            ENV GRÜSSE="hallo wörld" NAME=Zoë
            ARG ÄRG=ü
            USER jürgen
            RUN echo "ünïcode" \\
                && echo ✓ done
            RUN <<ÉOF
            echo héllo
            ÉOF
            LABEL x=ÿ
            ENV CAFÉ_NAME Café Ünï
            ENV Ä=1 \\
              B=ö
            """)
        XCTAssertEqual(outcome.diagnostics, [])
        let stage = try XCTUnwrap(outcome.facts.containerBuilds.first?.stages.first)
        XCTAssertEqual(stage.base.value, "büsybox")
        XCTAssertEqual(stage.base.location.description, "Dockerfile:1:6")
        XCTAssertEqual(stage.name?.value, "étape")
        XCTAssertEqual(stage.name?.location.description, "Dockerfile:1:17")
        XCTAssertEqual(stage.user?.value, "jürgen")
        XCTAssertEqual(stage.user?.location.description, "Dockerfile:4:6")
        XCTAssertEqual(stage.environment.map(\.name), ["GRÜSSE", "NAME", "ÄRG", "CAFÉ_NAME", "Ä", "B"])
        XCTAssertEqual(stage.environment.map(\.value), ["hallo wörld", "Zoë", "ü", "Café Ünï", "1", "ö"])
        XCTAssertEqual(stage.environment.map(\.location.description),
                       ["Dockerfile:2:12", "Dockerfile:2:31", "Dockerfile:3:9", "Dockerfile:11:15", "Dockerfile:12:7", "Dockerfile:13:5"])
        XCTAssertEqual(stage.runCommands.map(\.value), ["echo \"ünïcode\"     && echo ✓ done", "<<ÉOF", "echo héllo"])
        XCTAssertEqual(stage.runCommands.map(\.location.description), ["Dockerfile:5:5", "Dockerfile:7:5", "Dockerfile:8:1"])
    }
}
