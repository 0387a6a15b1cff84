import Foundation

extension StringProtocol {
    /// The text without leading and trailing white space: exactly
    /// `trimmingCharacters(in: .whitespaces)`, worked out on the bytes when the text is ASCII
    /// (where `.whitespaces` holds only the space and the tab) and left to Foundation otherwise.
    public func trimmingWhitespace() -> String {
        let text = Substring(self)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return trimmingCharacters(in: .whitespaces) }
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.utf8.firstIndex(where: { !isBlank($0) }), let last = text.utf8.lastIndex(where: { !isBlank($0) }) else {
            return ""
        }
        return String(text[first...last])
    }
}
