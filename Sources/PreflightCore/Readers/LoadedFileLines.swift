extension LoadedFile {
    /// The lines of `text`, without their line breaks (`\n` or `\r\n`), as
    /// ``ByteSearch/forEachLine(in:_:)`` finds them in its UTF-8 bytes.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { lines(of: text, bytes: $0) }
            ?? Array(utf8).withUnsafeBufferPointer { lines(of: text, bytes: $0) }
    }

    /// The lines of `text`, whose UTF-8 bytes are `bytes`, cut from `text` at byte offsets (a
    /// `\n` or `\r` is one byte, never part of another character's encoding).
    private static func lines(of text: String, bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let utf8 = text.utf8
        var count = 0
        ByteSearch.forEachLine(in: bytes) { _, _ in
            count += 1
            return true
        }
        var lines: [Substring] = []
        lines.reserveCapacity(count)
        ByteSearch.forEachLine(in: bytes) { _, range in
            lines.append(text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)])
            return true
        }
        return lines
    }
}
