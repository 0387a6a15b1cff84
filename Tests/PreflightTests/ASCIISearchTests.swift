import Foundation
@testable import PreflightCore
import XCTest

/// The byte search for ASCII needles gives Foundation's answers, in ASCII text and in other text.
final class ASCIISearchTests: XCTestCase {
    private let texts = [
        "", "ghcr.io/acme/agent@sha256:abc", "a\r\nb", "xe\u{301}", "e\u{301}@sha256:", "caf\u{e9} shared", "==1.2", "pkg===2", "ab",
        "shared", "sharedshared", "https://x", "K", "nonroot\u{301}",
    ]
    private let needles = ["@sha256:", "\n", "xe", "e", "shared", "==", "://", "ab", "nonroot", "a\r"]

    func testBytesAreASCIIExactlyWhenEveryScalarIs() {
        for text in ["", "plain text\r\n", "\u{7F}", "é", "a\u{301}", "\u{80}", "tab\there", "日本"] {
            XCTAssertEqual(Array(text.utf8).isASCII, text.unicodeScalars.allSatisfy(\.isASCII), text.debugDescription)
            XCTAssertEqual(text.utf8.isASCII, text.unicodeScalars.allSatisfy(\.isASCII), text.debugDescription)
        }
    }

    func testAgreesWithFoundation() {
        for text in texts {
            for needle in needles {
                XCTAssertEqual(text.containsASCII(needle), text.contains(needle), "\(text.debugDescription) \(needle.debugDescription)")
                XCTAssertEqual(text.rangeOfASCII(needle), text.range(of: needle), "\(text.debugDescription) \(needle.debugDescription)")
            }
        }
    }

    func testFindsTheFirstOccurrence() {
        let text = "pkg==1.2==3"
        XCTAssertEqual(text.rangeOfASCII("==").map { text[$0.upperBound...] }, "1.2==3")
        XCTAssertFalse("ab".containsASCII(""))
    }
}
