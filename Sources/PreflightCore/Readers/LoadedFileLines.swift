extension LoadedFile {
    /// The lines of `text`, without their line breaks (`\n` or `\r\n`), found in one pass
    /// over its UTF-8 bytes. Line numbers are those of every editor: a file with Windows line
    /// endings has as many lines as the same file with Unix ones.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let breaks = utf8.withContiguousStorageIfAvailable(lineBreaks) ?? Array(utf8).withUnsafeBufferPointer(lineBreaks)
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = text.startIndex
        for (offset, carriageReturn) in breaks {
            let end = utf8.index(text.startIndex, offsetBy: offset)
            lines.append(text[start..<(carriageReturn ? utf8.index(before: end) : end)])
            start = utf8.index(after: end)
        }
        lines.append(text[start...])
        return lines
    }

    /// The offset of every `\n` byte, and whether a `\r` comes just before it.
    private static func lineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [(offset: Int, carriageReturn: Bool)] {
        var breaks: [(offset: Int, carriageReturn: Bool)] = []
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\n") { breaks.append((offset, previous == UInt8(ascii: "\r"))) }
            previous = byte
        }
        return breaks
    }
}
