import Foundation
@testable import PreflightCore
import XCTest

/// A rule names a whole MCP server exactly when Foundation's split on `__` says so.
final class PermissionRuleTests: XCTestCase {
    func testWholeServerMatchesFoundationsComponents() {
        let servers = ["", "github", "github__*", "github__get_issue", "a____b", "a___*", "a__*__*", "__", "____", "*", "_*", "a__", "gïthub__*"]
        for server in servers {
            let parts = server.components(separatedBy: "__")
            let expected = parts.count == 1 || parts.last == "*"
            if server.utf8.allSatisfy({ $0 < 0x80 }) {
                XCTAssertEqual(PermissionRule.namesWholeServer(server[...]), expected, server.debugDescription)
            } else {
                XCTAssertNil(PermissionRule.namesWholeServer(server[...]), "other text is left to Foundation: \(server)")
            }
        }
    }
}
