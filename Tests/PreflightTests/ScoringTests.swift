import PreflightCore
import XCTest

/// The score formula and verdict rules of docs/scoring.md, on hand-built results.
final class ScoringTests: XCTestCase {
    private func result(_ severity: Severity, _ status: Status, area: Area = .identity, id: String = UUID().uuidString) -> CheckResult {
        let description = CheckDescription(
            id: id, title: "t", area: area, severity: severity, question: "q", rationale: "r",
            remediation: Remediation("s", snippet: "x"), references: [], passingExamples: [], failingExamples: [])
        return CheckResult(check: description, agentPath: ".", status: status, message: "m", evidence: [])
    }

    private let agent = Agent(name: "a", path: ".", facts: AgentFacts(), files: [])

    func testTheWorkedExampleOfTheScoringDocument() {
        // critical pass, high fail, medium unknown, low not applicable:
        // possible = 10 + 7.5 + 5 = 22.5, earned = 10, score = round(44.44) = 44.
        let score = Score(results: [result(.critical, .pass), result(.high, .fail), result(.medium, .unknown), result(.low, .notApplicable)])
        XCTAssertEqual(score.possible, 22.5)
        XCTAssertEqual(score.earned, 10)
        XCTAssertEqual(score.overall, 44)
    }

    func testAreasAreScoredSeparatelyAndOverallIsWeightedNotAveraged() {
        let results = [
            result(.critical, .pass, area: .identity),
            result(.low, .fail, area: .audit),
        ]
        let score = Score(results: results)
        XCTAssertEqual(score.area(.identity)?.score, 100)
        XCTAssertEqual(score.area(.audit)?.score, 0)
        XCTAssertNil(score.area(.isolation)?.score, "an area where nothing applies has no score")
        XCTAssertEqual(score.overall, 80, "10 / 12.5, not the average of 100 and 0")
    }

    func testNothingApplicableHasNoScoreAndNoVerdictOfReadiness() {
        let report = AgentReport(agent: agent, results: [result(.high, .notApplicable)], gate: Gate(failOn: .high, failUnder: 90))
        XCTAssertNil(report.score.overall)
        XCTAssertEqual(report.verdict, .notApplicable)
    }

    func testGapsAtOrAboveFailOnBlockIncludingUnknowns() {
        let results = [result(.high, .unknown, id: "B"), result(.medium, .fail, id: "C"), result(.critical, .fail, id: "A")]
        let report = AgentReport(agent: agent, results: results, gate: .standard)
        XCTAssertEqual(report.verdict, .notReady)
        XCTAssertEqual(report.blocking.map(\.check.id), ["A", "B"])
        let lenient = AgentReport(agent: agent, results: results, gate: Gate(failOn: .critical))
        XCTAssertEqual(lenient.blocking.map(\.check.id), ["A"])
        let none = AgentReport(agent: agent, results: results, gate: Gate(failOn: nil))
        XCTAssertEqual(none.verdict, .ready)
    }

    func testFailUnderBlocksALowScore() {
        let results = [result(.critical, .pass), result(.medium, .fail)]  // 10 / 15 = 67
        XCTAssertEqual(AgentReport(agent: agent, results: results, gate: Gate(failOn: .high, failUnder: 70)).verdict, .notReady)
        XCTAssertEqual(AgentReport(agent: agent, results: results, gate: Gate(failOn: .high, failUnder: 60)).verdict, .ready)
    }

    func testAnUnreadableFileMeansNotReady() {
        let diagnostic = InputDiagnostic("could not be parsed", file: "x.yaml", kind: .error)
        let broken = Agent(name: "a", path: ".", facts: AgentFacts(), files: [], unreadable: [diagnostic])
        XCTAssertEqual(AgentReport(agent: broken, results: [result(.low, .pass)], gate: .standard).verdict, .notReady)
    }

    func testTheRunTakesTheWorstAgent() {
        let ready = AgentReport(agent: agent, results: [result(.low, .pass)], gate: .standard)
        let notReady = AgentReport(agent: Agent(name: "b", path: "b", facts: AgentFacts(), files: []),
                                   results: [result(.high, .fail)], gate: .standard)
        let report = ScanReport(rootName: "r", agents: [ready, notReady], files: [], diagnostics: [], gate: .standard, checkCount: 1)
        XCTAssertEqual(report.verdict, .notReady)
        XCTAssertEqual(report.score?.overall, 0)
    }
}
