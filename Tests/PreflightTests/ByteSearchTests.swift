@testable import PreflightCore
import XCTest

/// The byte helpers of the secret scan.
final class ByteSearchTests: XCTestCase {
    func testRunsSplitAtSeparatorBytesAndKeepLongEnoughOnes() {
        let separators = ByteSearch.table(" ,=")
        XCTAssertEqual(ByteSearch.runs(of: "a,,bb ccc=dddd", separators: separators, minimumLength: 1), ["a", "bb", "ccc", "dddd"])
        XCTAssertEqual(ByteSearch.runs(of: "a,,bb ccc=dddd", separators: separators, minimumLength: 3), ["ccc", "dddd"])
        XCTAssertEqual(ByteSearch.runs(of: " clé=été✓ ", separators: separators, minimumLength: 1), ["clé", "été✓"])
        XCTAssertEqual(ByteSearch.runs(of: "", separators: separators, minimumLength: 1), [])
        XCTAssertEqual(ByteSearch.runs(of: ",,,", separators: separators, minimumLength: 1), [])
    }

    func testContainsAndHasSuffixCompareBytes() {
        XCTAssertTrue(ByteSearch.contains("postgres://u:p@h".utf8, "://"))
        XCTAssertTrue(ByteSearch.contains(Array("abc".utf8), ""))
        XCTAssertFalse(ByteSearch.contains("ab".utf8, "abc"))
        XCTAssertFalse(ByteSearch.contains("a:/b".utf8, "://"))
        XCTAssertTrue(ByteSearch.contains("x=é".utf8, "é"))
        XCTAssertTrue(ByteSearch.hasSuffix(Array("TOKEN_FILE".utf8), "_FILE"))
        XCTAssertFalse(ByteSearch.hasSuffix(Array("FILE".utf8), "_FILE"))
        XCTAssertFalse(ByteSearch.hasSuffix(Array("TOKEN_FILES".utf8), "_FILE"))
    }
}
