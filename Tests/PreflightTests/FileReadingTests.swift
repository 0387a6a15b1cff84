@testable import PreflightCore
import XCTest

/// FileReading reads a file whole, or its first bytes up to a limit, and reads on past a
/// size that understated the file.
final class FileReadingTests: XCTestCase {
    func testAFileIsReadWholeOrCutAtTheLimit() throws {
        let text = String(repeating: "0123456789", count: 1_000)
        let project = try TemporaryProject(["dir/file.txt": text, "dir/empty.txt": ""])
        XCTAssertEqual(FileReading.bytes(atPath: project.path("dir/file.txt"), limit: 1 << 20), Array(text.utf8))
        XCTAssertEqual(FileReading.bytes(atPath: project.path("dir/file.txt"), limit: 7), Array("0123456".utf8))
        XCTAssertEqual(FileReading.bytes(atPath: project.path("dir/empty.txt"), limit: 10), [])
        XCTAssertNil(FileReading.bytes(atPath: project.path("dir/missing.txt"), limit: 10))
    }

    func testAFileLongerThanItsSizeSaysIsReadToTheEnd() throws {
        // Files under /proc report a size of 0 but hold text: everything past the first byte
        // comes from reading on.
        guard let status = FileReading.bytes(atPath: "/proc/self/status", limit: 1 << 20) else {
            throw XCTSkip("no /proc on this system")
        }
        XCTAssertGreaterThan(status.count, 100)
        XCTAssertTrue(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
        XCTAssertTrue(status.last == UInt8(ascii: "\n"), "read to the end of the text")
    }
}
