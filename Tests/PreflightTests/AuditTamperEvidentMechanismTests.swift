import Foundation
@testable import PreflightChecks
import XCTest

/// The tamper-evidence mechanism is read as Foundation's replacement reads it.
final class AuditTamperEvidentMechanismTests: XCTestCase {
    func testMechanismMatchesFoundation() {
        for value in ["hash_chain", "WORM", "Signed_Log_", "hash-chain", "", "ÉTÉ_x", "a_\u{301}b", "x_\r\n_y"] {
            XCTAssertEqual(AuditTamperEvident.mechanism(value), value.lowercased().replacingOccurrences(of: "_", with: "-"), value.debugDescription)
        }
    }
}
