@testable import PreflightCore
import XCTest

/// The Google ADK agent configuration reader: root and sub-agent files, claimed by content.
final class ADKAgentReaderTests: XCTestCase {
    func testRootAgentIsReadAtItsName() throws {
        let path = "adk_app/root_agent.yaml"
        let outcome = ReaderHarness.load(path, """
            # yaml-language-server: $schema=https://raw.githubusercontent.com/google/adk-python/refs/heads/main/src/google/adk/agents/config_schemas/AgentConfig.json
            name: root_agent
            model: gemini-2.5-flash
            description: Learning assistant that routes to tutors.
            instruction: |
              You are a learning assistant.
            sub_agents:
              - config_path: code_tutor_agent.yaml
              - config_path: math_tutor_agent.yaml
            tools:
              - name: google_search
            """)
        XCTAssertEqual(outcome.format, .adkAgent)
        XCTAssertEqual(outcome.agentRoot, "adk_app")
        XCTAssertEqual(outcome.diagnostics, [])
        let agent = try XCTUnwrap(outcome.facts.frameworkAgents.first)
        XCTAssertEqual(agent.framework, .adk)
        XCTAssertEqual(agent.name, "root_agent")
        XCTAssertEqual(ReaderHarness.at(agent.location), "\(path):2:1")
        XCTAssertEqual(ReaderHarness.at(agent.role?.location), "\(path):4:1")
        XCTAssertNil(agent.agentClass)
        XCTAssertEqual(agent.subAgents.map(\.value), ["code_tutor_agent.yaml", "math_tutor_agent.yaml"])
        XCTAssertEqual(agent.subAgents.map { $0.location.description }, ["\(path):8:18", "\(path):9:18"])
        XCTAssertEqual(agent.tools.map(\.value), ["google_search"])
        XCTAssertEqual(agent.tools.map { $0.location.description }, ["\(path):11:5"])
    }

    func testSubAgentFileNamedTheADKWayIsRead() throws {
        let path = "adk_app/code_tutor_agent.yaml"
        let outcome = ReaderHarness.load(path, """
            agent_class: LoopAgent
            name: code_tutor_agent
            max_iterations: 5
            sub_agents:
              - config_path: reviewer_agent.yaml
            """)
        XCTAssertEqual(outcome.format, .adkAgent)
        let agent = try XCTUnwrap(outcome.facts.frameworkAgents.first)
        XCTAssertEqual(agent.agentClass?.value, "LoopAgent")
        XCTAssertEqual(ReaderHarness.at(agent.agentClass?.location), "\(path):1:1")
        XCTAssertEqual(ReaderHarness.at(agent.location), "\(path):2:1")
        XCTAssertEqual(agent.maxIterations?.value, 5)
        XCTAssertEqual(ReaderHarness.at(agent.maxIterations?.location), "\(path):3:1")
    }

    func testOtherFileNamesAreNotParsedForADK() {
        let outcome = ReaderHarness.load("adk_app/notes.yaml", """
            name: notes
            instruction: not an agent file name
            """)
        XCTAssertNil(outcome.format)
        XCTAssertEqual(outcome.skipReason?.hasPrefix("YAML or JSON without an apiVersion"), true)
    }
}
