@testable import PreflightCore
import XCTest

/// Severities compare in the order they are declared, from low to critical.
final class SeverityOrderTests: XCTestCase {
    func testSeveritiesCompareInDeclarationOrder() {
        for (lower, lhs) in Severity.allCases.enumerated() {
            for (upper, rhs) in Severity.allCases.enumerated() {
                XCTAssertEqual(lhs < rhs, lower < upper, "\(lhs) < \(rhs)")
            }
        }
        XCTAssertEqual([Severity.critical, .low, .high, .medium].sorted(), [.low, .medium, .high, .critical])
    }
}
