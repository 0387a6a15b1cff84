@testable import PreflightCore
import XCTest

/// A component's type is what comes before the first `/` of its ID, ASCII or not.
final class CollectorComponentTests: XCTestCase {
    func testTypeMatchesASplitOnCharacters() {
        for id in ["otlp", "otlp/2", "otlphttp/grafana/x", "/x", "", "batch/", "expórter/a", "a\u{301}/b", "a/\u{301}b", "x\r\n/y"] {
            let expected = String(id.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
            XCTAssertEqual(CollectorComponent.type(ofID: id), expected, id.debugDescription)
        }
    }
}
