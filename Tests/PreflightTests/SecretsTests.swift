@testable import PreflightCore
import XCTest

/// Secret detection, placeholders, masking, redaction and the per-line scan.
final class SecretsTests: XCTestCase {
    private let github = "ghp_R7xZq2LmN8vB4kT1wY6pC3sD9fH0jK5aE2uQ"

    func testKnownFormatsAreFoundWhateverTheName() {
        XCTAssertEqual(Secrets.detect(value: github)?.kind, "GitHub token")
        XCTAssertEqual(Secrets.detect(value: "AKIAQ3EGT5XMPL7RWZ2K")?.kind, "AWS access key ID")
        XCTAssertEqual(Secrets.detect(value: "postgresql://app:Sup3rS3cretPw@db:5432/app")?.secret, "Sup3rS3cretPw")
        XCTAssertNil(Secrets.detect(value: "ghp_short"))
    }

    func testAURLPasswordIsTheUserInfoAfterTheFirstColonOfTheFirstSchemeOnly() {
        XCTAssertEqual(Secrets.detect(value: "https://app:Sup3r@db")?.secret, "Sup3r")
        XCTAssertEqual(Secrets.detect(value: "https://app:clé-été@db")?.secret, "clé-été")
        XCTAssertEqual(Secrets.detect(value: "https://app:Sup:3r@db")?.secret, "Sup:3r")
        XCTAssertEqual(Secrets.detect(value: "https://app:Su\r\np3r@db")?.secret, "Su\r\np3r")
        XCTAssertNil(Secrets.detect(value: "https://app:ab@db"), "two characters are too few")
        XCTAssertNotNil(Secrets.detect(value: "https://app:é\r\né@db"), "three characters in four bytes are enough")
        XCTAssertNil(Secrets.detect(value: "https://a/b:Sup3rS3cret@db"), "a path before the @ is no user info")
        XCTAssertNil(Secrets.detect(value: "x://y https://app:Sup3rS3cret@db"), "the first scheme's user info holds a /")
    }

    func testPlaceholdersAreNotSecrets() {
        for value in ["${GITHUB_TOKEN}", "${input:token}", "${env:API_KEY}", "$API_KEY", "<your-api-key>", "changeme",
                      "Bearer ${TOKEN}", "postgresql://app:${DB_PASSWORD}@db/app"] {
            XCTAssertNil(Secrets.detect(name: "API_KEY", value: value), value)
        }
    }

    func testARandomValueCountsOnlyUnderASecretLikeName() {
        let value = "Zq8vR1tY7uB3nK6wC0pD5sH9"
        XCTAssertNotNil(Secrets.detect(name: "PAYMENTS_API_KEY", value: value))
        XCTAssertNil(Secrets.detect(name: "LOG_FORMAT", value: value))
        XCTAssertNil(Secrets.detect(value: value))
        XCTAssertNotNil(Secrets.detect(name: "API_KEY", value: "  Zq8vR1tY7uB3 "), "twelve characters are enough")
        XCTAssertNil(Secrets.detect(name: "API_KEY", value: "Zq8vR1tY7uB"), "eleven are not")
    }

    func testMaskShowsAtMostFourCharactersAndTheLength() {
        XCTAssertEqual(Secrets.mask(github), "ghp_…(40 chars)")
        XCTAssertEqual(Secrets.mask("hunter2pass"), "…(11 chars)")
    }

    func testRedactionMasksEveryKindOnALineAndIsStable() {
        let line = #"  "GITHUB_TOKEN": "\#(github)", "PAYMENTS_API_KEY": "Zq8vR1tY7uB3nK6wC0pD5sH9""#
        let redacted = Secrets.redact(line)
        XCTAssertFalse(redacted.contains(github))
        XCTAssertFalse(redacted.contains("Zq8vR1tY7uB3nK6wC0pD5sH9"))
        XCTAssertEqual(Secrets.redact(redacted), redacted, "redacting twice changes nothing")
    }

    func testTheFileScanRecordsOnlySecretsThatIdentifyThemselves() {
        let lines = [
            "env:",
            "  PAYMENTS_API_KEY: Zq8vR1tY7uB3nK6wC0pD5sH9",
            "  GITHUB_TOKEN: \(github)",
            "  credential: workload-identity",
        ]
        for lineBreak in ["\n", "\r\n"] {
            let findings = SecretScan.findings(in: Array(lines.joined(separator: lineBreak).utf8), path: "deploy/agent.yaml")
            XCTAssertEqual(findings.map(\.location.description), ["deploy/agent.yaml:3:17"])
            XCTAssertEqual(findings.first?.masked, "ghp_…(40 chars)")
        }
    }

    func testTheFileScanFindsSecretsOnEveryLineTheLinesOfAFileHold() {
        // Last line without a break, an empty line, a CR-only line, a key after a multi-byte name.
        let text = "a: 1\n\n\r\nnote: é \(github)\r\nlast: \(github)"
        let findings = SecretScan.findings(in: Array(text.utf8), path: "f.yaml")
        XCTAssertEqual(findings.map(\.location.description), ["f.yaml:4:9", "f.yaml:5:7"])
        XCTAssertEqual(LoadedFile.lines(of: text).count, 5, "the scan numbers lines as LoadedFile cuts them")
        XCTAssertEqual(SecretScan.findings(in: [], path: "empty.yaml"), [])
    }

    func testALineTokenIsAKeyOnlyWhereAKnownPrefixOpensItPastWhiteSpace() {
        let anthropic = "sk-ant-R7xZq2LmN8vB4kT1wY6p"
        let line = "skipping shared short-lived \(github) and \r\(anthropic) but not xsk-ant-R7xZq2LmN8vB4kT1wY6p"
        XCTAssertEqual(Secrets.matches(inLine: line, byName: false).map(\.secret), [github, anthropic])
    }

    func testEntropyDoesNotDependOnTheOrderOfTheCounts() {
        // Summed in these orders without sorting, the terms of 5, 1, 3, 1, 4 (of 14) round to two values.
        let orders = [[5, 1, 3, 1, 4], [1, 1, 3, 4, 5], [4, 1, 3, 1, 5], [5, 4, 3, 1, 1], [3, 5, 1, 4, 1], [1, 4, 1, 5, 3]]
        let values = Set(orders.map { Secrets.entropy(counts: $0, total: 14) })
        XCTAssertEqual(values.count, 1)
        XCTAssertEqual(Secrets.entropy(counts: [1, 1, 1, 1, 1, 1, 1, 1], total: 8), 3.0)
    }

    func testARandomLookingValueIsJudgedTheSameInASCIIAndBeyond() {
        XCTAssertNotNil(Secrets.detect(name: "API_KEY", value: "Zq8vR1tY7uB3nK6w"))
        XCTAssertNotNil(Secrets.detect(name: "API_KEY", value: "Zq8vR1tY7uB3nK6wé"))
        XCTAssertNil(Secrets.detect(name: "API_KEY", value: "Zq8vR1tY 7uB3nK6w"))
        XCTAssertNil(Secrets.detect(name: "API_KEY", value: "aaaaaaaaaaaaaaB1"), "too little entropy")
        XCTAssertNil(Secrets.detect(name: "API_KEY", value: "abcdefghijklmnop"), "one class of characters")
    }

    func testALineYieldsTheValuesOfSecretLikeNamesAndURLPasswordsAcrossItsParts() {
        XCTAssertEqual(Secrets.matches(inLine: "LOG_FORMAT: Zq8vR1tY7uB3nK6wC0pD5sH9, API_KEY: Wq8vR1tY7uB3nK6wC0pD5sH8").map(\.secret),
                       ["Wq8vR1tY7uB3nK6wC0pD5sH8"])
        XCTAssertEqual(Secrets.matches(inLine: "clé=été API_KEY=Wq8vR1tY7uB3nK6wC0pD5sH8").map(\.secret), ["Wq8vR1tY7uB3nK6wC0pD5sH8"])
        // No token holds both the scheme and the `@`, but the value after `X:` does.
        XCTAssertEqual(Secrets.matches(inLine: "X: a://b c:pwd12@d").map(\.secret), ["pwd12"])
        XCTAssertEqual(Secrets.matches(inLine: "see <\(github)>, not https://example.com/\(github)").map(\.kind), ["GitHub token"])
        XCTAssertEqual(Secrets.matches(inLine: "token: ghp_short, api_key_path: /run/keys/Zq8vR1tY7uB3nK6wC0pD5sH9").count, 0)
    }
}
