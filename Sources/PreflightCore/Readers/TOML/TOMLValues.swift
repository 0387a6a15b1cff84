import YAML

/// Values: strings of the four kinds, numbers, booleans, dates, arrays and inline tables.
extension TOMLParser {
    /// The value that starts at the cursor; `depth` counts the arrays and inline tables around it.
    mutating func readValue(depth: Int) throws(YAMLError) -> TOMLValue {
        let mark = cursor.mark
        if depth > limits.maxDepth {
            throw YAMLError("nested deeper than \(limits.maxDepth) levels", at: mark)
        }
        switch cursor.current {
        case "\"":
            let text = cursor.starts(with: "\"\"\"") ? try readMultilineString(quote: "\"") : try readBasicString()
            return .scalar(YAMLNode(.scalar(text, .doubleQuoted), mark: mark))
        case "'":
            let text = cursor.starts(with: "'''") ? try readMultilineString(quote: "'") : try readLiteralString()
            return .scalar(YAMLNode(.scalar(text, .singleQuoted), mark: mark))
        case "[":
            return try readArray(depth: depth)
        case "{":
            return .table(try readInlineTable(depth: depth))
        default:
            return .scalar(YAMLNode(.scalar(try readBareValue(), .plain), mark: mark))
        }
    }

    // MARK: Strings

    /// `"basic"`: one line, with escapes.
    mutating func readBasicString() throws(YAMLError) -> String {
        let start = cursor.mark
        cursor.advance()
        var text = ""
        while true {
            guard let scalar = cursor.current, !cursor.atLineBreak else {
                throw YAMLError("unterminated string: no closing '\"' on its line", at: start)
            }
            switch scalar {
            case "\"":
                cursor.advance()
                return text
            case "\\":
                text.unicodeScalars.append(try readEscape())
            default:
                try checkAllowed(scalar)
                text.unicodeScalars.append(scalar)
                cursor.advance()
            }
        }
    }

    /// `'literal'`: one line, taken as written.
    mutating func readLiteralString() throws(YAMLError) -> String {
        let start = cursor.mark
        cursor.advance()
        var text = ""
        while true {
            guard let scalar = cursor.current, !cursor.atLineBreak else {
                throw YAMLError("unterminated string: no closing \"'\" on its line", at: start)
            }
            if scalar == "'" {
                cursor.advance()
                return text
            }
            try checkAllowed(scalar)
            text.unicodeScalars.append(scalar)
            cursor.advance()
        }
    }

    /// `"""multi-line basic"""` or `'''multi-line literal'''`. A line break right after
    /// the opening quotes is dropped; in a basic string, a `\` at the end of a line drops
    /// the break and the blanks that follow it. Up to two quotes may sit before the closing three.
    private mutating func readMultilineString(quote: Unicode.Scalar) throws(YAMLError) -> String {
        let start = cursor.mark
        cursor.advance(by: 3)
        if cursor.atLineBreak { cursor.skipLineBreak() }
        var text = ""
        while true {
            guard let scalar = cursor.current else {
                throw YAMLError("unterminated multi-line string: no closing \(String(repeating: Character(quote), count: 3))", at: start)
            }
            if scalar == quote && cursor.peek(1) == quote && cursor.peek(2) == quote {
                var run = 3
                while run < 5 && cursor.peek(run) == quote { run += 1 }
                for _ in 0..<(run - 3) { text.unicodeScalars.append(quote) }
                cursor.advance(by: run)
                return text
            }
            if cursor.atLineBreak {
                cursor.skipLineBreak()
                text.append("\n")
            } else if scalar == "\\" && quote == "\"" {
                if lineEndingBackslash() {
                    cursor.advance()
                    cursor.skipBlankWhitespace()
                } else {
                    text.unicodeScalars.append(try readEscape())
                }
            } else {
                try checkAllowed(scalar)
                text.unicodeScalars.append(scalar)
                cursor.advance()
            }
        }
    }

    /// Whether the `\` at the cursor is followed only by blanks up to the end of its line.
    private func lineEndingBackslash() -> Bool {
        var offset = 1
        while cursor.peek(offset) == " " || cursor.peek(offset) == "\t" { offset += 1 }
        let next = cursor.peek(offset)
        return next == "\n" || (next == "\r" && cursor.peek(offset + 1) == "\n")
    }

    /// An escape sequence at the cursor (`\n`, `\"`, `\u00E9`, ...), consumed.
    private mutating func readEscape() throws(YAMLError) -> Unicode.Scalar {
        let mark = cursor.mark
        cursor.advance()
        guard let letter = cursor.current else { throw YAMLError("unterminated escape", at: mark) }
        cursor.advance()
        switch letter {
        case "b": return "\u{08}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{0C}"
        case "r": return "\r"
        case "e": return "\u{1B}"
        case "\"": return "\""
        case "\\": return "\\"
        case "x", "u", "U":
            let width = letter == "x" ? 2 : letter == "u" ? 4 : 8
            var digits = ""
            for _ in 0..<width {
                guard let digit = cursor.current, digit.properties.isASCIIHexDigit else {
                    throw YAMLError("invalid escape: \\\(letter) needs \(width) hexadecimal digits", at: mark)
                }
                digits.unicodeScalars.append(digit)
                cursor.advance()
            }
            guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw YAMLError("invalid escape: \\\(letter)\(digits) is not a Unicode scalar value", at: mark)
            }
            return scalar
        default:
            throw YAMLError("invalid escape '\\\(Character(letter))'", at: mark)
        }
    }

    /// Refuses control characters other than tab inside a string.
    private func checkAllowed(_ scalar: Unicode.Scalar) throws(YAMLError) {
        if (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F {
            throw YAMLError("control character U+\(String(scalar.value, radix: 16, uppercase: true)) in a string; escape it",
                            at: cursor.mark)
        }
    }

    // MARK: Arrays and inline tables

    /// `[ value, value, ]`, across lines, with comments.
    private mutating func readArray(depth: Int) throws(YAMLError) -> TOMLValue {
        let start = cursor.mark
        cursor.advance()
        var items: [TOMLValue] = []
        while true {
            cursor.skipBlankLines()
            guard !cursor.isAtEnd else { throw YAMLError("unterminated array: no closing ']'", at: start) }
            if cursor.current == "]" {
                cursor.advance()
                return .array(items, start)
            }
            items.append(try readValue(depth: depth + 1))
            cursor.skipBlankLines()
            switch cursor.current {
            case ",":
                cursor.advance()
            case "]":
                cursor.advance()
                return .array(items, start)
            case nil:
                throw YAMLError("unterminated array: no closing ']'", at: start)
            default:
                throw YAMLError("expected ',' or ']' after an array item", at: cursor.mark)
            }
        }
    }

    /// `{ key = value, other.key = value }`; line breaks, comments and a trailing comma are
    /// accepted, as TOML 1.1 allows. The table is complete once closed.
    private mutating func readInlineTable(depth: Int) throws(YAMLError) -> TOMLTable {
        let table = TOMLTable(origin: .inline, mark: cursor.mark)
        cursor.advance()
        while true {
            cursor.skipBlankLines()
            guard !cursor.isAtEnd else { throw YAMLError("unterminated inline table: no closing '}'", at: table.mark) }
            if cursor.current == "}" { break }
            try readKeyValue(into: table, depth: depth + 1)
            cursor.skipBlankLines()
            if cursor.current == "," {
                cursor.advance()
            } else if cursor.current != "}" {
                if cursor.isAtEnd { throw YAMLError("unterminated inline table: no closing '}'", at: table.mark) }
                throw YAMLError("expected ',' or '}' after an inline table's value", at: cursor.mark)
            }
        }
        cursor.advance()
        table.freeze()
        return table
    }

    // MARK: Bare values

    /// A boolean, integer, float, date or time, as plain text (integers in decimal).
    private mutating func readBareValue() throws(YAMLError) -> String {
        let mark = cursor.mark
        var token = ""
        while let scalar = cursor.current, TOMLParser.isBareValueScalar(scalar) {
            token.unicodeScalars.append(scalar)
            cursor.advance()
            // A date and a time may be separated by one space: `1979-05-27 07:32:00Z`.
            if TOMLBareValue.isDate(token), cursor.current == " ", let next = cursor.peek(1), ("0"..."9").contains(next),
               cursor.peek(3) == ":" {
                token.append(" ")
                cursor.advance()
            }
        }
        guard !token.isEmpty else {
            if cursor.isAtEnd || cursor.atLineBreak { throw YAMLError("expected a value after '='", at: mark) }
            throw YAMLError("expected a value: a string, number, boolean, date, array or inline table", at: mark)
        }
        return try TOMLBareValue.normalized(token, at: mark)
    }

    /// What booleans, numbers and dates are made of.
    private static func isBareValueScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "+", ".", ":": return true
        default: return false
        }
    }
}
