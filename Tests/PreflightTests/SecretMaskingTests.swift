import Foundation
@testable import PreflightCore
import XCTest

/// Masking a secret wherever it occurs gives what Foundation's replacement gives.
final class SecretMaskingTests: XCTestCase {
    func testMaskingMatchesFoundationsReplacement() {
        let secret = "ghp_R7xZq2LmN8vB4kT1wY6pC3sD9fH0jK5aE2uQ"
        let cases = [
            (secret, "token: \(secret)"), (secret, "\(secret)\(secret) and \(secret)"), (secret, "no secret here"),
            (secret, ""), ("abcd", "abcabcd abcdabcd"), ("aaaa", "aaaaaaaaa"), ("p\u{E9}ssW0rd9xQz", "https://admin:pe\u{301}ssW0rd9xQz@x"),
            ("s3cr3t-pw", "line\r\nwith s3cr3t-pw\r\n"), ("s3cr3t-pw", "é s3cr3t-pw é"),
        ]
        for (secret, text) in cases {
            XCTAssertEqual(Secrets.masking(secret, in: text), text.replacingOccurrences(of: secret, with: Secrets.mask(secret)),
                           "\(secret.debugDescription) in \(text.debugDescription)")
        }
    }
}
