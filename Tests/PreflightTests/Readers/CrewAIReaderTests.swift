@testable import PreflightCore
import XCTest

/// The CrewAI reader: classic YAML and current JSONC layouts, careful claiming, locations.
final class CrewAIReaderTests: XCTestCase {
    func testClassicAgentsAreReadAtTheirKeys() throws {
        let path = "research_crew/src/research_crew/config/agents.yaml"
        let outcome = ReaderHarness.load(path, """
            researcher:
              role: >
                Senior data researcher
              goal: Uncover developments in {topic}
              backstory: A seasoned researcher.
              tools:
                - serper_dev_tool
                - scrape_website_tool
              allow_delegation: false
              max_iter: 15
              max_execution_time: 300
            analyst:
              role: Reporting analyst
              goal: Turn findings into a report
              backstory: Meticulous.
              allow_code_execution: true
              code_execution_mode: unsafe
              max_rpm: 10
            """)
        XCTAssertEqual(outcome.format, .crewAI)
        XCTAssertEqual(outcome.agentRoot, "research_crew")
        XCTAssertEqual(outcome.diagnostics, [])
        let agents = outcome.facts.frameworkAgents
        XCTAssertEqual(agents.map(\.name), ["researcher", "analyst"])
        XCTAssertEqual(agents.map(\.framework), [.crewAI, .crewAI])
        XCTAssertEqual(agents.map { $0.location.description }, ["\(path):1:1", "\(path):12:1"])

        let researcher = agents[0]
        XCTAssertEqual(researcher.role?.value, "Senior data researcher\n")
        XCTAssertEqual(ReaderHarness.at(researcher.role?.location), "\(path):2:3")
        XCTAssertEqual(researcher.tools.map(\.value), ["serper_dev_tool", "scrape_website_tool"])
        XCTAssertEqual(researcher.tools.map { $0.location.description }, ["\(path):7:7", "\(path):8:7"])
        XCTAssertEqual(researcher.delegation?.value, false)
        XCTAssertEqual(ReaderHarness.at(researcher.delegation?.location), "\(path):9:3")
        XCTAssertEqual(researcher.maxIterations?.value, 15)
        XCTAssertEqual(ReaderHarness.at(researcher.maxIterations?.location), "\(path):10:3")
        XCTAssertEqual(researcher.maxExecutionTimeSeconds?.value, 300)
        XCTAssertEqual(ReaderHarness.at(researcher.maxExecutionTimeSeconds?.location), "\(path):11:3")
        XCTAssertNil(researcher.codeExecution.allowed)

        let analyst = agents[1]
        XCTAssertEqual(analyst.codeExecution.allowed?.value, true)
        XCTAssertEqual(ReaderHarness.at(analyst.codeExecution.allowed?.location), "\(path):16:3")
        XCTAssertEqual(analyst.codeExecution.mode?.value, "unsafe")
        XCTAssertEqual(ReaderHarness.at(analyst.codeExecution.mode?.location), "\(path):17:3")
        XCTAssertEqual(analyst.maxRequestsPerMinute?.value, 10)
        XCTAssertEqual(ReaderHarness.at(analyst.maxRequestsPerMinute?.location), "\(path):18:3")
        XCTAssertNil(analyst.maxExecutionTimeSeconds)
    }

    func testClassicTasksAreReadAtTheirKeys() throws {
        let path = "src/research_crew/config/tasks.yaml"
        let outcome = ReaderHarness.load(path, """
            research_task:
              description: Research {topic}
              expected_output: Ten bullet points
              agent: researcher
            reporting_task:
              description: Write the report
              expected_output: A markdown report
              agent: analyst
              human_input: true
              guardrail: Ensure every claim cites a source
            """)
        XCTAssertEqual(outcome.format, .crewAI)
        XCTAssertEqual(outcome.agentRoot, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let tasks = outcome.facts.frameworkTasks
        XCTAssertEqual(tasks.map(\.name), ["research_task", "reporting_task"])
        XCTAssertEqual(tasks.map { $0.location.description }, ["\(path):1:1", "\(path):5:1"])
        XCTAssertEqual(tasks.map { $0.agent?.value }, ["researcher", "analyst"])
        XCTAssertEqual(ReaderHarness.at(tasks[1].agent?.location), "\(path):8:3")
        XCTAssertNil(tasks[0].humanInput)
        XCTAssertEqual(tasks[1].humanInput?.value, true)
        XCTAssertEqual(ReaderHarness.at(tasks[1].humanInput?.location), "\(path):9:3")
        XCTAssertEqual(tasks[1].guardrail?.value, "Ensure every claim cites a source")
        XCTAssertEqual(ReaderHarness.at(tasks[1].guardrail?.location), "\(path):10:3")
    }

    func testAFileOfAnotherShapeWhereCrewAIPutsItIsAWarningAndReadsNothing() {
        let path = "src/scheduler/config/agents.yaml"
        let outcome = ReaderHarness.load(path, """
            agents:
              - name: crawler
                schedule: hourly
            """)
        XCTAssertEqual(outcome.format, .crewAI)
        XCTAssertEqual(outcome.facts.frameworkAgents.count, 0)
        XCTAssertEqual(outcome.diagnostics.map(\.message),
                       ["expected CrewAI agents: a mapping of agent names to their role, goal and backstory; not read"])
        XCTAssertEqual(outcome.diagnostics.map { $0.location.description }, ["\(path):1:1"])
        XCTAssertEqual(outcome.diagnostics.map(\.kind), [.warning])
    }

    func testConfigFilesElsewhereAreClaimedOnlyByTheirContent() {
        let other = ReaderHarness.load("tools/config/agents.yaml", """
            pool_size: 4
            agents: [crawler, indexer]
            """)
        XCTAssertNil(other.format)
        XCTAssertEqual(other.diagnostics, [])
        XCTAssertEqual(other.skipReason, "YAML or JSON whose content no reader recognises")

        let crew = ReaderHarness.load("deploy/config/agents.yaml", """
            support_agent:
              role: Support engineer
              goal: Resolve tickets
            """)
        XCTAssertEqual(crew.format, .crewAI)
        XCTAssertEqual(crew.agentRoot, "deploy")
        XCTAssertEqual(crew.facts.frameworkAgents.map(\.name), ["support_agent"])
    }

    func testCurrentLayoutAgentSettingsWinAndCrewTasksAreRead() throws {
        let path = "crew-app/agents/researcher.jsonc"
        let outcome = ReaderHarness.load(path, """
            // Researcher agent
            {
              "role": "Researcher",
              "goal": "Find sources",
              "backstory": "Curious.",
              "llm": "openai/gpt-4o",
              "tools": ["SerperDevTool", {"name": "FileReadTool"}],
              "max_iter": 30,
              "settings": {
                "max_iter": 10,
                "max_execution_time": 120,
                "allow_code_execution": true,
              }
            }
            """)
        XCTAssertEqual(outcome.format, .crewAI)
        XCTAssertEqual(outcome.agentRoot, "crew-app")
        XCTAssertEqual(outcome.diagnostics, [])
        let agent = try XCTUnwrap(outcome.facts.frameworkAgents.first)
        XCTAssertEqual(agent.name, "researcher")
        XCTAssertEqual(ReaderHarness.at(agent.location), "\(path):2:1")
        XCTAssertEqual(ReaderHarness.at(agent.role?.location), "\(path):3:3")
        XCTAssertEqual(agent.tools.map(\.value), ["SerperDevTool", "FileReadTool"])
        XCTAssertEqual(agent.tools.map { $0.location.description }, ["\(path):7:13", "\(path):7:30"])
        XCTAssertEqual(agent.maxIterations?.value, 10)
        XCTAssertEqual(ReaderHarness.at(agent.maxIterations?.location), "\(path):10:5")
        XCTAssertEqual(ReaderHarness.at(agent.maxExecutionTimeSeconds?.location), "\(path):11:5")
        XCTAssertEqual(ReaderHarness.at(agent.codeExecution.allowed?.location), "\(path):12:5")

        let crewPath = "crew-app/crew.jsonc"
        let crew = ReaderHarness.load(crewPath, """
            {
              "name": "research-crew",
              "agents": ["researcher"],
              "tasks": [
                {"name": "research", "description": "Research", "expected_output": "Notes", "agent": "researcher", "human_input": true}
              ],
              "memory": true
            }
            """)
        XCTAssertEqual(crew.format, .crewAI)
        XCTAssertEqual(crew.agentRoot, "crew-app")
        let task = try XCTUnwrap(crew.facts.frameworkTasks.first)
        XCTAssertEqual(task.name, "research")
        XCTAssertEqual(ReaderHarness.at(task.location), "\(crewPath):5:5")
        XCTAssertEqual(ReaderHarness.at(task.agent?.location), "\(crewPath):5:81")
        XCTAssertEqual(ReaderHarness.at(task.humanInput?.location), "\(crewPath):5:104")
    }

    func testAJSONCFileInAnAgentsFolderWithoutRoleOrGoalIsAWarning() {
        let path = "web/agents/routes.jsonc"
        let outcome = ReaderHarness.load(path, #"{"routes": ["/agents", "/agents/:id"]}"#)
        XCTAssertEqual(outcome.format, .crewAI)
        XCTAssertEqual(outcome.facts.frameworkAgents.count, 0)
        XCTAssertEqual(outcome.diagnostics.map(\.message), ["expected a JSON object declaring a CrewAI agent's role and goal; not read"])
        XCTAssertEqual(outcome.diagnostics.map { $0.location.description }, ["\(path):1:1"])
    }
}
