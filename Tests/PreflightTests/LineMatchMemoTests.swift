@testable import PreflightCore
import XCTest

/// The memo of the secrets found on hinted lines.
final class LineMatchMemoTests: XCTestCase {
    func testALineIsMatchedOnceAndItsSecretsGivenBackAfterwards() {
        let memo = LineMatchMemo()
        let line = "token: ghp_R7xZq2LmN8vB4kT1wY6pC3sD9fH0jK5aE2uQ"
        var calls = 0
        let find = { (line: String) -> [SecretMatch] in
            calls += 1
            return Secrets.matches(inLine: line)
        }
        let first = memo.matches(inLine: line, find: find)
        XCTAssertEqual(memo.matches(inLine: line, find: find), first)
        XCTAssertEqual(first.map(\.kind), ["GitHub token"])
        XCTAssertEqual(calls, 1)
    }

    func testAFullMemoStillAnswersButKeepsNoMoreLines() {
        let memo = LineMatchMemo(capacity: 1)
        var calls = 0
        let find = { (_: String) -> [SecretMatch] in
            calls += 1
            return []
        }
        _ = memo.matches(inLine: "first line", find: find)
        _ = memo.matches(inLine: "second line", find: find)
        _ = memo.matches(inLine: "second line", find: find)
        _ = memo.matches(inLine: "first line", find: find)
        XCTAssertEqual(calls, 3)
    }
}
