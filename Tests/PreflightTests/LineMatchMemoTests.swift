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

    func testLinesInDifferentNormalFormsAreKeptApartAndBothMasked() {
        let composed = "RUN curl -fsSL https://admin:p\u{E9}ssW0rd9xQz@get.example.com/install.sh | sh"
        let decomposed = "RUN curl -fsSL https://admin:pe\u{301}ssW0rd9xQz@get.example.com/install.sh | sh"
        XCTAssertEqual(composed, decomposed, "Swift finds them equal, which is why the memo must not")
        for line in [composed, decomposed, composed, decomposed] {
            let redacted = Secrets.redact(line)
            XCTAssertFalse(redacted.utf8.elementsEqual(line.utf8), line.debugDescription)
            XCTAssertFalse(ByteSearch.contains(redacted.utf8, "ssW0rd9xQz"), redacted)
        }
    }
}
