@testable import PreflightCore
import XCTest

/// The byte helpers of the secret scan.
final class ByteSearchTests: XCTestCase {
    func testRunsSplitAtSeparatorBytesAndKeepLongEnoughOnes() {
        let separators = ByteSearch.table(" ,=")
        func runs(_ text: String, _ minimumLength: Int) -> [String] {
            var text = text
            return text.withUTF8 { bytes in
                ByteSearch.runs(in: bytes, separators: separators, minimumLength: minimumLength).map {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
                }
            }
        }
        XCTAssertEqual(runs("a,,bb ccc=dddd", 1), ["a", "bb", "ccc", "dddd"])
        XCTAssertEqual(runs("a,,bb ccc=dddd", 3), ["ccc", "dddd"])
        XCTAssertEqual(runs(" clé=été✓ ", 1), ["clé", "été✓"])
        XCTAssertEqual(runs("", 1), [])
        XCTAssertEqual(runs(",,,", 1), [])
    }

    func testContainsComparesBytes() {
        XCTAssertTrue(ByteSearch.contains("postgres://u:p@h".utf8, "://"))
        XCTAssertTrue(ByteSearch.contains(Array("abc".utf8), ""))
        XCTAssertFalse(ByteSearch.contains("ab".utf8, "abc"))
        XCTAssertFalse(ByteSearch.contains("a:/b".utf8, "://"))
        XCTAssertTrue(ByteSearch.contains("x=é".utf8, "é"))
    }

    func testCaseInsensitiveTestsFoldOnlyASCIILetters() {
        func check(_ text: String, _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
            var text = text
            return text.withUTF8(test)
        }
        XCTAssertTrue(check("token_file") { ByteSearch.hasSuffixIgnoringCase($0, "_FILE") })
        XCTAssertFalse(check("FILE") { ByteSearch.hasSuffixIgnoringCase($0, "_FILE") })
        XCTAssertFalse(check("TOKEN_FILES") { ByteSearch.hasSuffixIgnoringCase($0, "_FILE") })
        XCTAssertTrue(check("Authorization") { ByteSearch.equalsIgnoringCase($0, "AUTHORIZATION") })
        XCTAssertFalse(check("Authorizations") { ByteSearch.equalsIgnoringCase($0, "AUTHORIZATION") })
        XCTAssertTrue(check("aws_access_key_id") { ByteSearch.containsIgnoringCase($0, "KEY_ID") })
        XCTAssertFalse(check("key-id") { ByteSearch.containsIgnoringCase($0, "KEY_ID") })
        XCTAssertFalse(check("KEY") { ByteSearch.containsIgnoringCase($0, "KEY_ID") })
        XCTAssertFalse(check("\u{7F}") { ByteSearch.equalsIgnoringCase($0, "_") }, "only a-z fold onto A-Z")
    }
}
