@testable import PreflightCore
import XCTest

/// Splitting and searching on bytes gives exactly what `split` and `firstIndex` on
/// Characters give, ASCII or not.
final class ASCIITextTests: XCTestCase {
    private let texts = [
        "", "/", "//", "a", "a/b", "/a//b/", "ghcr.io/acme/agent:2.3.1", "host:port:extra", ":tag", "image:",
        " two  words\there ", "line one\r\nline two", "\r\n", "a\u{0B}b\u{0C}c\u{1C}d", "é/ü:x", "e\u{301}/x",
        "a/\u{301}b", "k=v@h:1", "=\u{301}@x", "user@host@@:", "mot\u{00A0}insécable et\u{2003}em", "x\u{85}y",
    ]

    func testSplittingOnASeparatorMatchesCharacters() {
        for text in texts {
            for separator: Unicode.Scalar in ["/", ":", " "] {
                for maxSplits in [0, 1, Int.max] {
                    for omitting in [true, false] {
                        let fast = ASCIIText.split(text[...], separator: separator, maxSplits: maxSplits,
                                                    omittingEmptySubsequences: omitting)
                        let slow = text.split(separator: Character(separator), maxSplits: maxSplits,
                                              omittingEmptySubsequences: omitting)
                        XCTAssertEqual(fast.map(String.init), slow.map(String.init),
                                       "\(text.debugDescription) on \(separator) max \(maxSplits) omitting \(omitting)")
                    }
                }
            }
        }
    }

    func testWordsMatchCharacterWhitespace() {
        for text in texts {
            XCTAssertEqual(ASCIIText.words(text[...]).map(String.init),
                           text.split(whereSeparator: \.isWhitespace).map(String.init), text.debugDescription)
        }
    }

    func testSplittingOnWhiteSpaceWithFewerSplitsMatchesCharacters() {
        let isWhiteSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        for text in texts + ["a\r\nb c", "a \r\n b"] {
            for maxSplits in [0, 1, 2, Int.max] {
                let fast = ASCIIText.split(text[...], maxSplits: maxSplits, whereSeparator: isWhiteSpace, orCharacter: \.isWhitespace)
                let slow = text.split(maxSplits: maxSplits, whereSeparator: \.isWhitespace)
                XCTAssertEqual(fast.map(String.init), slow.map(String.init), "\(text.debugDescription) max \(maxSplits)")
            }
        }
    }

    func testSearchingForACharacterMatchesCharacters() {
        for text in texts {
            for character: Unicode.Scalar in ["/", ":", "@", "="] {
                let slice = text[...]
                XCTAssertEqual(ASCIIText.firstIndex(of: character, in: slice), slice.firstIndex(of: Character(character)),
                               "first \(character) in \(text.debugDescription)")
                XCTAssertEqual(ASCIIText.lastIndex(of: character, in: slice), slice.lastIndex(of: Character(character)),
                               "last \(character) in \(text.debugDescription)")
            }
        }
    }
}
