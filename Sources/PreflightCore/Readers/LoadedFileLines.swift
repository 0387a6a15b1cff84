extension LoadedFile {
    /// The lines of `text`, without their line breaks, found in one pass over its UTF-8
    /// bytes: exactly what `text.split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives, at a fraction of the cost of comparing Characters. As there, `\r\n` is one
    /// Character, not a `\n`, so it does not end a line.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        var previous: UInt8 = 0
        while index != utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") {
                lines.append(text[start..<index])
                start = utf8.index(after: index)
            }
            previous = byte
            index = utf8.index(after: index)
        }
        lines.append(text[start...])
        return lines
    }
}
