import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space: exactly
    /// `trimmingCharacters(in: .whitespaces)`, worked out on the UTF-8 buffer in place when
    /// the text is ASCII (where `.whitespaces` holds only the space and the tab), only the
    /// bytes kept made into the result; other text (or text with no contiguous UTF-8) is left
    /// to Foundation.
    public func trimmingWhitespace() -> String {
        let isSpaceOrTab = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let trimmed: String?? = Substring(self).utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte >= 0x80 { return nil }
            var start = 0
            var end = bytes.count
            while start < end && isSpaceOrTab(bytes[start]) { start += 1 }
            while end > start && isSpaceOrTab(bytes[end - 1]) { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        if let trimmed, let trimmed { return trimmed }
        return trimmingCharacters(in: .whitespaces)
    }

    /// Whether the text is empty once white space is trimmed (``trimmingWhitespace()``): an
    /// ASCII byte other than a space or a tab, which no trimming removes, settles it on the
    /// bytes without making the trimmed text.
    @inlinable
    public var isBlank: Bool {
        let holdsKeptByte = Substring(self).utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        }
        if holdsKeptByte == true { return false }
        return trimmingWhitespace().isEmpty
    }
}
