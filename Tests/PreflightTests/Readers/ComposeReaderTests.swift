import Foundation
@testable import PreflightCore
import XCTest

/// The Compose reader: one workload per service, each setting located where it is written.
final class ComposeReaderTests: XCTestCase {
    private let path = "compose.yaml"

    private var compose: FileOutcome {
        ReaderHarness.load(path, """
            services:
              agent:
                image: ghcr.io/acme/agent:1.0
                user: "10001"
                read_only: true
                cap_drop: [ALL]
                cap_add:
                  - NET_ADMIN
                security_opt:
                  - no-new-privileges:true
                  - seccomp=unconfined
                network_mode: host
                pid: host
                volumes:
                  - ./data:/data
                  - /var/run/docker.sock:/var/run/docker.sock
                  - type: bind
                    source: /etc
                    target: /host-etc
                  - cache:/cache
                deploy:
                  resources:
                    limits:
                      memory: 1G
                runtime: runsc
                environment:
                  LOG_LEVEL: debug
                  OPENAI_API_KEY: ${OPENAI_API_KEY}
                env_file: .env
              worker:
                build: ./worker
                mem_limit: 512m
                environment:
                  - QUEUE=jobs
            """)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    func testFormatWithoutAgentRoot() {
        let outcome = compose
        XCTAssertEqual(outcome.format, .compose)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.facts.workloads.map(\.name), ["compose service \"agent\"", "compose service \"worker\""])
        XCTAssertEqual(outcome.facts.workloads.map(\.location), [at(2, 3), at(30, 3)])
        XCTAssertEqual(outcome.facts.workloads.map(\.platform), [.compose, .compose])
    }

    func testServiceSettingsAreLocatedAtTheirKeysAndItems() throws {
        let agent = try XCTUnwrap(compose.facts.workloads.first)
        XCTAssertEqual(agent.image, Located("ghcr.io/acme/agent:1.0", at: at(3, 5)))
        XCTAssertEqual(agent.user, Located("10001", at: at(4, 5)))
        XCTAssertEqual(agent.readOnlyRootFilesystem, Located(true, at: at(5, 5)))
        XCTAssertNil(agent.privileged)
        XCTAssertEqual(agent.capabilitiesDropped, [Located("ALL", at: at(6, 16))])
        XCTAssertEqual(agent.capabilitiesAdded, [Located("NET_ADMIN", at: at(8, 9))])
        XCTAssertEqual(agent.allowPrivilegeEscalation, Located(false, at: at(10, 9)))
        XCTAssertEqual(agent.seccompProfile, Located("Unconfined", at: at(11, 9)))
        XCTAssertEqual(agent.hostNamespaces, [Located("network", at: at(12, 5)), Located("pid", at: at(13, 5))])
        XCTAssertEqual(agent.resourceLimits, at(23, 9))
        XCTAssertEqual(agent.runtimeClass, Located("runsc", at: at(25, 5)))
    }

    func testOnlySensitiveHostPathsAreHostMounts() throws {
        let agent = try XCTUnwrap(compose.facts.workloads.first)
        XCTAssertEqual(agent.hostMounts, [Located("/var/run/docker.sock", at: at(16, 9)), Located("/etc", at: at(17, 9))])
    }

    /// Short volume syntax is split at its first `:`: on the bytes for ASCII text, on
    /// Characters otherwise, with the same sources.
    func testShortVolumeSourcesInASCIIAndOtherText() throws {
        let outcome = ReaderHarness.load(path, """
            services:
              agent:
                image: a
                volumes:
                  - /:/host
                  - /root/élodie:/data
                  - /root/.ssh:/ssh:ro
                  - /run/podman/podman.sock:/s
                  - ./données:/d
                  - volume-only
            """)
        let agent = try XCTUnwrap(outcome.facts.workloads.first)
        XCTAssertEqual(agent.hostMounts, [Located("/", at: at(5, 9)), Located("/root/élodie", at: at(6, 9)),
                                          Located("/root/.ssh", at: at(7, 9)), Located("/run/podman/podman.sock", at: at(8, 9))])
    }

    func testEnvironmentFromMappingAndList() throws {
        let workloads = compose.facts.workloads
        XCTAssertEqual(workloads.count, 2)
        XCTAssertEqual(workloads[0].environment.map(\.name), ["LOG_LEVEL", "OPENAI_API_KEY"])
        XCTAssertEqual(workloads[0].environment.first?.location, at(27, 18))
        XCTAssertEqual(workloads[0].environment.last?.value, "${OPENAI_API_KEY}")
        XCTAssertEqual(workloads[0].environment.first?.origin, "compose service \"agent\"")
        XCTAssertEqual(workloads[1].environment, [
            EnvironmentVariable(name: "QUEUE", value: "jobs", location: at(34, 9), origin: "compose service \"worker\""),
        ])
    }

    func testMemLimitCountsAsResourceLimitAndBuildOnlyServiceHasNoImage() throws {
        let worker = try XCTUnwrap(compose.facts.workloads.last)
        XCTAssertNil(worker.image)
        XCTAssertEqual(worker.resourceLimits, at(32, 5))
        XCTAssertNil(worker.allowPrivilegeEscalation)
        XCTAssertNil(worker.seccompProfile)
        XCTAssertEqual(worker.hostNamespaces.count, 0)
    }

    func testComposeFileNamesAreClaimed() {
        let reader = ComposeReader()
        for name in ["docker-compose.yml", "docker-compose.yaml", "deploy/docker-compose.prod.yml", "compose.yml",
                     "compose.yaml", "compose.override.yaml"] {
            XCTAssertTrue(reader.claims(path: name), name)
        }
        for name in ["composer.yaml", "compose.json", "my-compose.yml", "docker-compose.md"] {
            XCTAssertFalse(reader.claims(path: name), name)
        }
    }

    func testComposeIsFoundByContentUnderAnotherName() throws {
        let outcome = ReaderHarness.load("ops/stack.yml", """
            version: "3.9"
            services:
              agent:
                image: ghcr.io/acme/agent:1.0
                privileged: true
            """)
        XCTAssertEqual(outcome.format, .compose)
        XCTAssertNil(outcome.agentRoot)
        let agent = try XCTUnwrap(outcome.facts.workloads.first)
        XCTAssertEqual(agent.location, SourceLocation(path: "ops/stack.yml", line: 3, column: 3))
        XCTAssertEqual(agent.privileged, Located(true, at: SourceLocation(path: "ops/stack.yml", line: 5, column: 5)))
    }

    func testServicesWithoutImagesOrWithAPIVersionAreNotCompose() {
        let catalogue = ReaderHarness.load("catalog/services.yaml", """
            services:
              billing:
                owner: payments-team
            """)
        XCTAssertNil(catalogue.format)
        XCTAssertTrue(catalogue.facts.workloads.isEmpty)
        let versioned = ReaderHarness.load("gateway/routes.yaml", """
            apiVersion: gateway/v2
            services:
              api:
                image: nginx:1.27
            """)
        XCTAssertNil(versioned.format)
        XCTAssertTrue(versioned.facts.workloads.isEmpty)
    }

    func testSecurityOptionPiecesAreThoseOfTheLowercasedSpacelessCharacterSplit() {
        let options = [
            "no-new-privileges:true", "seccomp=unconfined", " No-New-Privileges : TRUE ", "SECCOMP==Default", ":", "", " ",
            "apparmor:docker-default:x", "label=type:container_t", "Ünïcode:Wert", "seccomp=/path/É.json", "a\r\n:b",
        ]
        for option in options {
            let text = option.lowercased().replacingOccurrences(of: " ", with: "")
            let expected = text.split(whereSeparator: { $0 == ":" || $0 == "=" }).map(String.init)
            XCTAssertEqual(ComposeReader.securityOptionParts(option), expected, option.debugDescription)
        }
    }
}
