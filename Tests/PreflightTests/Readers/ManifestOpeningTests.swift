@testable import PreflightCore
import XCTest

/// ``ManifestReader/opensWithManifestAPIVersion(_:)`` walks the lines in place; it must
/// answer as the obvious way does, splitting the bytes into lines first.
final class ManifestOpeningTests: XCTestCase {
    /// The obvious way: split, find the first line with content, look at every later line.
    private func splitting(_ text: String) -> Bool {
        let lines = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { line in
            let content = line.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            if content.isEmpty || content.first == UInt8(ascii: "#") || line.first == UInt8(ascii: "%") { return false }
            if !line.starts(with: "---".utf8) { return true }
            let rest = line.dropFirst(3)
            guard let next = rest.first else { return false }
            let afterBlanks = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
            let blank = next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") || next == UInt8(ascii: "\r")
            return !(blank && (afterBlanks.isEmpty || afterBlanks.first == UInt8(ascii: "#")))
        }) else { return false }
        let line = String(decoding: lines[first], as: UTF8.self)
        let opens = line.range(of: #"^apiVersion[ \t\r]*:[ \t\r]*["']?preflight/"#, options: .regularExpression) != nil
        return opens && !lines[(first + 1)...].contains { $0.starts(with: "apiVersion".utf8) }
    }

    func testLinesWalkedInPlaceAgreeWithSplitLines() {
        let texts = [
            "", "\n", "apiVersion: preflight/v1\n", "apiVersion: preflight/v1", "apiVersion: \"preflight/v1\"\nkind: Agent\n",
            "# comment\n\n---\napiVersion: preflight/v1\n", "%YAML 1.2\n--- # start\napiVersion: 'preflight/v1'\n",
            "apiVersion: preflight/v1\napiVersion: v1\n", "kind: Agent\napiVersion: preflight/v1\n",
            "--- apiVersion: preflight/v1\n", "apiVersion: apps/v1\n", "\r\n\r\napiVersion:preflight/x\r\n",
            "  apiVersion: preflight/v1\n", "apiVersion: preflight/v1\n  apiVersion: nested\n", "\n\n\n",
        ]
        for text in texts {
            XCTAssertEqual(ManifestReader.opensWithManifestAPIVersion(Array(text.utf8)), splitting(text), text.debugDescription)
        }
    }
}
