@testable import PreflightCore
import XCTest

/// Binary content is found with `memchr` in the first 8 KiB, as a byte-by-byte look would find it.
final class BinaryContentTests: XCTestCase {
    func testNULsAreFoundInTheFirstEightKibibytesOnly() {
        for count in [0, 1, 100, 8191, 8192, 8193, 20_000] {
            let text = [UInt8](repeating: UInt8(ascii: "a"), count: count)
            XCTAssertFalse(FileLoader.holdsNUL(text), "\(count) bytes without NUL")
            for position in [0, 1, 4095, 8191, 8192, 8193, 19_999] where position < count {
                var bytes = text
                bytes[position] = 0
                XCTAssertEqual(FileLoader.holdsNUL(bytes), bytes.prefix(8192).contains(0), "NUL at \(position) of \(count)")
            }
        }
    }
}
