@testable import PreflightCore
import XCTest

/// The manifest's sections of ``AgentFacts`` are boxed (``ManifestSections``) and shared
/// between copies: each copy must still behave as an independent value, as the stored
/// optionals did.
final class AgentFactsSectionsTests: XCTestCase {
    private let here = SourceLocation(path: "preflight.yaml", line: 1, column: 1)

    func testCopiesChangeIndependently() {
        var original = AgentFacts()
        XCTAssertNil(original.identity)
        var identity = Identity(location: here)
        identity.name = Located("first", at: here)
        original.identity = identity
        var copy = original
        copy.identity?.name = Located("second", at: here)
        copy.telemetry = Telemetry(location: here)
        XCTAssertEqual(original.identity?.name?.value, "first")
        XCTAssertNil(original.telemetry)
        XCTAssertEqual(copy.identity?.name?.value, "second")
        XCTAssertNotNil(copy.telemetry)
        original.identity = nil
        XCTAssertEqual(copy.identity?.name?.value, "second")
    }

    func testEmptyFactsShareNothingWritable() {
        var first = AgentFacts()
        let second = AgentFacts()
        first.audit = AuditTrail(location: here)
        XCTAssertNotNil(first.audit)
        XCTAssertNil(second.audit)
        XCTAssertNil(AgentFacts().audit)
    }

    func testMergeKeepsTheFirstSectionSet() {
        var merged = AgentFacts()
        var withPolicy = AgentFacts()
        withPolicy.policy = Policy(location: here)
        var laterPolicy = AgentFacts()
        laterPolicy.policy = Policy(location: SourceLocation(path: "other.yaml", line: 2, column: 3))
        merged.merge(withPolicy)
        merged.merge(laterPolicy)
        XCTAssertEqual(merged.policy?.location, here)
        XCTAssertEqual(laterPolicy.policy?.location.path, "other.yaml")
    }
}
