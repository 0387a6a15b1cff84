@testable import PreflightCore
import XCTest

/// Audit field names are compared lower-cased and without `_`, `-` and `.`, whichever way.
final class AuditTrailTests: XCTestCase {
    func testNormalisingMatchesLowerCasingAndFiltering() {
        let names = ["", "Tool_Name", "tool-call", "@timestamp", "AGENT.ID", "Approved_By\r\n", "Ünïcode_ẞ-x", "\u{212A}ey", "a\u{301}_b"]
        for name in names {
            XCTAssertEqual(AuditTrail.normalise(name), name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." }, name.debugDescription)
        }
    }

    func testAnyOfNamesFindsWhatEachNameFinds() {
        var audit = AuditTrail(location: SourceLocation(path: "preflight.yaml", line: 1, column: 1))
        audit.fields = ["Agent_ID", "tool-name", "TS"].map { Located($0, at: SourceLocation(path: "preflight.yaml", line: 2, column: 3)) }
        for names in [["agent", "agent_id"], ["tool", "tool_name"], ["timestamp", "ts"], ["approver"], []] {
            XCTAssertEqual(audit.records(anyOf: names), names.contains(where: audit.records), "\(names)")
        }
    }
}
