@testable import PreflightCore
import XCTest

/// The one-pass fragment test agrees with a plain case-insensitive search.
final class FragmentSetTests: XCTestCase {
    private let fragments = ["sk-", "://", "-----begin", "KEY", "token", "ghp_", "hf_", "github_pat_"]

    func testFindsFragmentsAnywhereIgnoringASCIICase() {
        let set = FragmentSet(fragments)
        for text in ["API_KEY=1", "x-Token", "https://example", "-----BEGIN RSA", "sk-", "Key", "a github_PAT_x", "ends with ke y hf_"] {
            XCTAssertTrue(set.occurs(in: text), text)
        }
        for text in ["", "k", "ke", "ke y", "sk_", ":/ /", "-----bEgi", "toke", "clé ÉTÉ", "ghp", "github_pa"] {
            XCTAssertFalse(set.occurs(in: text), text)
        }
        XCTAssertFalse(set.occurs(in: "Tokens".prefix(4)), "only the slice is searched")
        XCTAssertTrue(set.occurs(in: "x Tokens".dropFirst(2)))
    }

    func testFindsEachFragmentAtOddAndEvenOffsetsAndAtTheEnd() {
        let set = FragmentSet(fragments)
        for fragment in fragments {
            for offset in 0..<4 {
                let padding = String(repeating: "x", count: offset)
                XCTAssertTrue(set.occurs(in: padding + fragment.uppercased()), "\(offset) \(fragment)")
                XCTAssertTrue(set.occurs(in: padding + fragment + "y"), "\(offset) \(fragment)")
                XCTAssertFalse(set.occurs(in: padding + String(fragment.dropLast())), "\(offset) \(fragment)")
            }
        }
    }

    func testAgreesWithAPlainSearchOnGeneratedText() {
        let set = FragmentSet(fragments)
        let alphabet = Array("skKeyYtToOnN-:/_ghpfHPbBegin é".unicodeScalars)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let length = Int.random(in: 0..<24, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
            let lower = String(decoding: ByteSearch.lowercased(text.utf8), as: UTF8.self)
            let expected = fragments.contains { lower.utf8.count >= $0.utf8.count && ByteSearch.contains(lower.utf8, $0.lowercased()) }
            XCTAssertEqual(set.occurs(in: text), expected, text)
        }
    }
}
