import PreflightCore
import Foundation
import Testing

/// The score formula and verdict rules of docs/scoring.md, on hand-built results.
struct ScoringTests {
    private func result(_ severity: Severity, _ status: Status, area: Area = .identity, id: String = UUID().uuidString) -> CheckResult {
        let description = CheckDescription(
            id: id, title: "t", area: area, severity: severity, question: "q", rationale: "r",
            remediation: Remediation("s", snippet: "x"), references: [], passingExamples: [], failingExamples: [])
        return CheckResult(check: description, agentPath: ".", status: status, message: "m", evidence: [])
    }

    private let agent = Agent(name: "a", path: ".", facts: AgentFacts(), files: [])

    @Test func theWorkedExampleOfTheScoringDocument() {
        // critical pass, high fail, medium unknown, low not applicable:
        // possible = 10 + 7.5 + 5 = 22.5, earned = 10, score = round(44.44) = 44.
        let score = Score(results: [result(.critical, .pass), result(.high, .fail), result(.medium, .unknown), result(.low, .notApplicable)])
        #expect(score.possible == 22.5)
        #expect(score.earned == 10)
        #expect(score.overall == 44)
    }

    @Test func areasAreScoredSeparatelyAndOverallIsWeightedNotAveraged() {
        let results = [
            result(.critical, .pass, area: .identity),
            result(.low, .fail, area: .audit),
        ]
        let score = Score(results: results)
        #expect(score.area(.identity)?.score == 100)
        #expect(score.area(.audit)?.score == 0)
        #expect(score.area(.isolation)?.score == nil, "an area where nothing applies has no score")
        #expect(score.overall == 80, "10 / 12.5, not the average of 100 and 0")
    }

    @Test func nothingApplicableHasNoScoreAndNoVerdictOfReadiness() {
        let report = AgentReport(agent: agent, results: [result(.high, .notApplicable)], gate: Gate(failOn: .high, failUnder: 90))
        #expect(report.score.overall == nil)
        #expect(report.verdict == .notApplicable)
    }

    @Test func gapsAtOrAboveFailOnBlockIncludingUnknowns() {
        let results = [result(.high, .unknown, id: "B"), result(.medium, .fail, id: "C"), result(.critical, .fail, id: "A")]
        let report = AgentReport(agent: agent, results: results, gate: .standard)
        #expect(report.verdict == .notReady)
        #expect(report.blocking.map(\.check.id) == ["A", "B"])
        let lenient = AgentReport(agent: agent, results: results, gate: Gate(failOn: .critical))
        #expect(lenient.blocking.map(\.check.id) == ["A"])
        let none = AgentReport(agent: agent, results: results, gate: Gate(failOn: nil))
        #expect(none.verdict == .ready)
    }

    @Test func failUnderBlocksALowScore() {
        let results = [result(.critical, .pass), result(.medium, .fail)]  // 10 / 15 = 67
        #expect(AgentReport(agent: agent, results: results, gate: Gate(failOn: .high, failUnder: 70)).verdict == .notReady)
        #expect(AgentReport(agent: agent, results: results, gate: Gate(failOn: .high, failUnder: 60)).verdict == .ready)
    }

    @Test func anUnreadableFileMeansNotReady() {
        let diagnostic = InputDiagnostic("could not be parsed", file: "x.yaml", kind: .error)
        let broken = Agent(name: "a", path: ".", facts: AgentFacts(), files: [], unreadable: [diagnostic])
        #expect(AgentReport(agent: broken, results: [result(.low, .pass)], gate: .standard).verdict == .notReady)
    }

    @Test func theRunTakesTheWorstAgent() {
        let ready = AgentReport(agent: agent, results: [result(.low, .pass)], gate: .standard)
        let notReady = AgentReport(agent: Agent(name: "b", path: "b", facts: AgentFacts(), files: []),
                                   results: [result(.high, .fail)], gate: .standard)
        let report = ScanReport(rootName: "r", agents: [ready, notReady], files: [], diagnostics: [], gate: .standard, checks: [])
        #expect(report.verdict == .notReady)
        #expect(report.score?.overall == 0)
    }

    @Test func eachAreaCountsItsResultsByStatus() {
        let results = [result(.high, .pass), result(.low, .pass), result(.medium, .unknown), result(.low, .notApplicable),
                       result(.high, .fail, area: .audit)]
        let identity = Score(results: results).area(.identity)
        #expect(identity?.counts == [.pass: 2, .unknown: 1, .notApplicable: 1], "statuses that did not occur are left out")
        #expect(Status.allCases.map { identity?.count($0) ?? -1 } == [2, 0, 1, 1], "pass, fail, unknown, not applicable")
        #expect(Score(results: results).area(.audit)?.count(.fail) == 1)
    }

    @Test func eachResultIsFlaggedBlockingExactlyWhenItIsAmongTheBlockingGaps() {
        let results = [result(.critical, .fail), result(.low, .fail), result(.high, .unknown), result(.high, .pass), result(.critical, .notApplicable)]
        let report = AgentReport(agent: agent, results: results, gate: .standard)
        #expect(report.isBlocking == [true, false, true, false, false])
        #expect(report.blocking.map(\.check.id) == [results[0].check.id, results[2].check.id])
    }
}
