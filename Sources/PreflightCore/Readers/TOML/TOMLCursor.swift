import YAML

/// A reading position in a TOML text: the text as Unicode scalars, the index of the next
/// one, and its 1-based line and column (columns counted in Unicode scalars, as ``Mark`` is).
struct TOMLCursor {
    /// The whole text.
    private let scalars: [Unicode.Scalar]
    /// The index of the next scalar.
    private(set) var index = 0
    /// The line of the next scalar.
    private(set) var line = 1
    /// The column of the next scalar.
    private(set) var column = 1

    /// Decodes `bytes` as UTF-8, skipping a leading byte order mark.
    ///
    /// - Throws: ``YAMLError`` at the first byte that is not UTF-8.
    init(bytes: [UInt8]) throws(YAMLError) {
        var decoded: [Unicode.Scalar] = []
        decoded.reserveCapacity(bytes.count)
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var line = 1
        var column = 1
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if decoded.isEmpty && scalar == "\u{FEFF}" { continue }
                decoded.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                break decoding
            case .error:
                throw YAMLError("not valid UTF-8 text", at: Mark(line: line, column: column))
            }
        }
        scalars = decoded
    }

    /// Where the next scalar is.
    var mark: Mark { Mark(line: line, column: column) }

    /// Whether the whole text has been read.
    var isAtEnd: Bool { index >= scalars.count }

    /// The next scalar, or nil at the end.
    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    /// The scalar `offset` places after the next one, or nil past the end.
    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    /// Whether the text continues with `text`.
    func starts(with text: String) -> Bool {
        var offset = 0
        for scalar in text.unicodeScalars {
            guard peek(offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    /// Whether the next scalars are a line break (`\n` or `\r\n`).
    var atLineBreak: Bool { current == "\n" || (current == "\r" && peek(1) == "\n") }

    /// Moves past the next scalar.
    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    /// Moves past `count` scalars.
    mutating func advance(by count: Int) {
        for _ in 0..<count { advance() }
    }

    /// Moves past a line break (`\n` or `\r\n`); does nothing elsewhere.
    mutating func skipLineBreak() {
        if current == "\r" && peek(1) == "\n" { advance() }
        if current == "\n" { advance() }
    }

    /// Moves past spaces and tabs.
    mutating func skipSpaces() {
        while current == " " || current == "\t" { advance() }
    }

    /// Moves past a `#` comment up to (not over) the end of its line.
    mutating func skipComment() {
        guard current == "#" else { return }
        while let scalar = current, scalar != "\n", !(scalar == "\r" && peek(1) == "\n") { advance() }
    }

    /// Moves past spaces, tabs, comments and line breaks, as arrays and inline tables allow.
    mutating func skipBlankLines() {
        while true {
            skipSpaces()
            skipComment()
            guard atLineBreak else { return }
            skipLineBreak()
        }
    }

    /// Moves past spaces, tabs and line breaks (what a line-ending backslash drops).
    mutating func skipBlankWhitespace() {
        while current == " " || current == "\t" || atLineBreak {
            if atLineBreak { skipLineBreak() } else { advance() }
        }
    }
}
