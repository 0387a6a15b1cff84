@testable import PreflightCore
import XCTest

/// A permission rule's tool and specifier, found on the bytes for ASCII rules, against the
/// obvious Character-based split.
final class PermissionRuleParsingTests: XCTestCase {
    func testToolAndSpecifierMatchTheCharacterSplit() {
        let rules = [
            "Bash(npm run test:*)", "Read(src/**)", "mcp__github__get_*", "Bash", " Bash ( ls ) ", "Bash(", "Bash)", "()",
            "Web(fetch(x))", "Edit(é/**)", "Re\u{301}ad(x)", "Bash(x)\u{301}", "(\u{301}a)", "", "Tool(a)b)", "\r\n(x)",
        ]
        let here = SourceLocation(path: ".claude/settings.json", line: 1, column: 1)
        for rule in rules {
            let parsed = PermissionRule(decision: .allow, rule: rule, location: here)
            if let open = rule.firstIndex(of: "("), rule.hasSuffix(")") {
                XCTAssertEqual(parsed.tool, String(rule[..<open]).trimmingWhitespace(), rule)
                XCTAssertEqual(parsed.specifier, String(rule[rule.index(after: open)..<rule.index(before: rule.endIndex)]), rule)
            } else {
                XCTAssertEqual(parsed.tool, rule.trimmingWhitespace(), rule)
                XCTAssertNil(parsed.specifier, rule)
            }
        }
    }
}
