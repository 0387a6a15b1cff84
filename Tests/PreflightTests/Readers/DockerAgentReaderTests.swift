@testable import PreflightCore
import XCTest

/// The Docker Agent reader: claimed by content, toolsets, runtime sandbox.
final class DockerAgentReaderTests: XCTestCase {
    func testAgentsToolsetsAndSandboxAreLocated() throws {
        let path = "maintainer/agent.yaml"
        let outcome = ReaderHarness.load(path, """
            version: "2"
            models:
              claude:
                provider: anthropic
                model: claude-sonnet-4-5
            agents:
              root:
                model: claude
                description: Repository maintainer
                instruction: Keep the repository healthy.
                max_iterations: 25
                toolsets:
                  - type: filesystem
                  - type: shell
                  - type: mcp
                    ref: docker:duckduckgo
                sub_agents: [reviewer]
              reviewer:
                model: claude
                instruction: Review pull requests.
            runtime:
              sandbox: true
            permissions:
              deny: ["shell:cmd=rm -rf*"]
            """)
        XCTAssertEqual(outcome.format, .dockerAgent)
        XCTAssertEqual(outcome.agentRoot, "maintainer")
        XCTAssertEqual(outcome.diagnostics, [])
        let agents = outcome.facts.frameworkAgents
        XCTAssertEqual(agents.map(\.name), ["root", "reviewer"])
        XCTAssertEqual(agents.map { $0.location.description }, ["\(path):7:3", "\(path):18:3"])
        let root = agents[0]
        XCTAssertEqual(root.framework, .dockerAgent)
        XCTAssertEqual(ReaderHarness.at(root.role?.location), "\(path):9:5")
        XCTAssertEqual(root.maxIterations?.value, 25)
        XCTAssertEqual(ReaderHarness.at(root.maxIterations?.location), "\(path):11:5")
        XCTAssertEqual(root.tools.map(\.value), ["filesystem", "docker:duckduckgo"])
        XCTAssertEqual(root.tools.map { $0.location.description }, ["\(path):13:9", "\(path):15:9"])
        XCTAssertEqual(root.codeExecution.allowed?.value, true)
        XCTAssertEqual(ReaderHarness.at(root.codeExecution.allowed?.location), "\(path):14:9")
        XCTAssertEqual(ReaderHarness.at(root.codeExecution.sandboxed?.location), "\(path):22:3")
        XCTAssertEqual(root.subAgents.map { $0.location.description }, ["\(path):17:18"])
        XCTAssertNil(agents[1].codeExecution.allowed)
        XCTAssertEqual(agents[1].codeExecution.sandboxed?.value, true)
    }

    func testPreflightManifestsAndOtherAgentFilesAreNotDockerAgents() {
        let manifest = ReaderHarness.load("agent.yaml", """
            apiVersion: preflight/v1
            kind: Agent
            metadata:
              name: support-triage
            """)
        XCTAssertEqual(manifest.format, .preflightManifest)

        let other = ReaderHarness.load("deploy/agent.yaml", """
            agent:
              name: build-agent
              pool: linux
            """)
        XCTAssertNil(other.format)
        XCTAssertEqual(other.skipReason, "YAML or JSON whose content no reader recognises")

        let unnamed = ReaderHarness.load("deploy/team.yaml", """
            agents:
              root:
                model: openai/gpt-5
                instruction: Help.
            """)
        XCTAssertNil(unnamed.format)
    }
}
