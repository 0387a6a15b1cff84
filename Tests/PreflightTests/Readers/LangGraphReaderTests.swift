@testable import PreflightCore
import XCTest

/// The LangGraph reader: graphs, auth, inline and file environments.
final class LangGraphReaderTests: XCTestCase {
    func testGraphsAuthAndInlineEnvironmentAreLocated() throws {
        let path = "agents/support/langgraph.json"
        let outcome = ReaderHarness.load(path, """
            {
              "dependencies": ["."],
              "graphs": {
                "support": "./src/agent/graph.py:graph",
                "triage": "./src/triage.py:graph"
              },
              "env": {"OPENAI_API_KEY": "sk-proj-4fQ9xL2mZ8vR1tY7uB3nK6wC0pD5sH9jE2gA7qW", "LANGSMITH_PROJECT": "support"},
              "auth": {"path": "./src/auth.py:auth", "disable_studio_auth": true},
              "dockerfile_lines": ["RUN apt-get update && apt-get install -y curl"],
              "python_version": "3.12"
            }
            """)
        XCTAssertEqual(outcome.format, .langGraph)
        XCTAssertEqual(outcome.agentRoot, "agents/support")
        XCTAssertEqual(outcome.diagnostics, [])
        let deployment = try XCTUnwrap(outcome.facts.langGraphDeployments.first)
        XCTAssertEqual(ReaderHarness.at(deployment.location), "\(path):1:1")
        XCTAssertEqual(ReaderHarness.at(deployment.graphsKey), "\(path):3:3")
        XCTAssertEqual(deployment.graphs.map(\.value), ["support", "triage"])
        XCTAssertEqual(deployment.graphs.map { $0.location.description }, ["\(path):4:5", "\(path):5:5"])
        XCTAssertEqual(ReaderHarness.at(deployment.authSection), "\(path):8:3")
        XCTAssertEqual(deployment.authPath?.value, "./src/auth.py:auth")
        XCTAssertEqual(ReaderHarness.at(deployment.authPath?.location), "\(path):8:12")
        XCTAssertEqual(deployment.disableStudioAuth?.value, true)
        XCTAssertEqual(ReaderHarness.at(deployment.disableStudioAuth?.location), "\(path):8:42")
        XCTAssertEqual(deployment.dockerfileLines.map { $0.location.description }, ["\(path):9:24"])
        XCTAssertNil(deployment.envFile)
        XCTAssertEqual(outcome.facts.environment.map(\.name), ["OPENAI_API_KEY", "LANGSMITH_PROJECT"])
        XCTAssertEqual(outcome.facts.environment.map(\.origin), ["langgraph.json env", "langgraph.json env"])
        XCTAssertEqual(outcome.facts.environment.map { $0.location.description }, ["\(path):7:29", "\(path):7:101"])
    }

    func testEnvironmentFileAndMissingGraphs() throws {
        let path = "langgraph.json"
        let outcome = ReaderHarness.load(path, """
            {"dependencies": ["."], "env": ".env"}
            """)
        let deployment = try XCTUnwrap(outcome.facts.langGraphDeployments.first)
        XCTAssertEqual(deployment.envFile?.value, ".env")
        XCTAssertEqual(ReaderHarness.at(deployment.envFile?.location), "\(path):1:32")
        XCTAssertNil(deployment.authSection)
        XCTAssertEqual(outcome.facts.environment.count, 0)
        XCTAssertEqual(outcome.diagnostics.map(\.message), ["no 'graphs' key: expected the graphs this deployment serves"])
    }
}
