extension LoadedFile {
    /// The lines of `text`, without their line breaks, found in one pass over its UTF-8
    /// bytes: exactly what `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives, at a fraction of the cost of comparing Characters. As there, `\r\n` is one
    /// Character, not a `\n`, so it does not end a line.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let breaks = utf8.withContiguousStorageIfAvailable(lineBreaks) ?? Array(utf8).withUnsafeBufferPointer(lineBreaks)
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = text.startIndex
        for offset in breaks {
            let end = utf8.index(text.startIndex, offsetBy: offset)
            lines.append(text[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(text[start...])
        return lines
    }

    /// The offsets of the `\n` bytes that end a line: those not after a `\r`.
    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var breaks: [Int] = []
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { breaks.append(offset) }
            previous = byte
        }
        return breaks
    }
}
