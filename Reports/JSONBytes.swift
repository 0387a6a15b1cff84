/// The byte-level pieces of pretty-printed JSON, appended straight to a byte buffer: literals,
/// escaped strings, numbers and the line breaks with indentation that open each member or
/// element. ``JSONValue`` and the report's direct writers share them, so both write the same
/// bytes for the same value.
extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 bytes without going through a String.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }

    /// Appends `count` spaces.
    mutating func appendSpaces(_ count: Int) {
        JSONBytes.spaces.withUTF8Buffer { spaces in
            var remaining = count
            while remaining > 0 {
                let chunk = Swift.min(remaining, spaces.count)
                append(contentsOf: UnsafeBufferPointer(rebasing: spaces[0..<chunk]))
                remaining -= chunk
            }
        }
    }

    /// Appends what comes before a member or element at `indent`: `,` unless it is the first,
    /// then a line break and the indentation.
    mutating func appendItemStart(first: Bool, indent: Int) {
        if first { append(UInt8(ascii: "\n")) } else { append(literal: ",\n") }
        appendSpaces(indent)
    }

    /// Appends a member's key and its `: ` at `indent`, after ``appendItemStart(first:indent:)``.
    mutating func appendMemberStart(_ key: StaticString, first: Bool, indent: Int) {
        appendItemStart(first: first, indent: indent)
        append(UInt8(ascii: "\""))
        append(literal: key)
        append(literal: "\": ")
    }

    /// Appends the line break and indentation before a closing bracket or brace at `indent`.
    mutating func appendClosingLine(indent: Int) {
        append(UInt8(ascii: "\n"))
        appendSpaces(indent)
    }

    /// Appends a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (UTF-8 included) copied as it is, in runs between the bytes that need escaping.
    mutating func appendJSONString(_ text: String) {
        append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { bytes in JSONBytes.escaped.withUnsafeBufferPointer { escaped in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard escaped[Int(byte)] else { continue }
                append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): append(literal: "\\\"")
                case UInt8(ascii: "\\"): append(literal: "\\\\")
                case UInt8(ascii: "\n"): append(literal: "\\n")
                case UInt8(ascii: "\r"): append(literal: "\\r")
                case UInt8(ascii: "\t"): append(literal: "\\t")
                default:
                    append(literal: "\\u00")
                    append(JSONBytes.hexDigits[Int(byte >> 4)])
                    append(JSONBytes.hexDigits[Int(byte & 0xF)])
                }
            }
            append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        } }
        append(UInt8(ascii: "\""))
    }

    /// Appends an integer in decimal.
    mutating func appendJSONInteger(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // Twenty digits hold any UInt64; they are written from the right.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    /// Appends a number with at most one decimal place (scores' weights are multiples of
    /// 2.5): `7.5`, or `10` when the tenths are zero.
    mutating func appendJSONDecimal(_ number: Double) {
        let tenths = Int((number * 10).rounded())
        appendJSONInteger(tenths / 10)
        if tenths % 10 != 0 {
            append(UInt8(ascii: "."))
            append(UInt8(ascii: "0") + UInt8(abs(tenths % 10)))
        }
    }

    /// Appends an integer, or null for nil.
    mutating func appendJSONInteger(_ number: Int?) {
        if let number { appendJSONInteger(number) } else { append(literal: "null") }
    }

    /// Appends an array of strings whose opening bracket sits on a line at `indent`: `[]`
    /// when empty, else one string a line.
    mutating func appendJSONStrings(_ texts: [String], indent: Int) {
        guard !texts.isEmpty else { append(literal: "[]"); return }
        append(UInt8(ascii: "["))
        for (index, text) in texts.enumerated() {
            appendItemStart(first: index == 0, indent: indent + 2)
            appendJSONString(text)
        }
        appendClosingLine(indent: indent)
        append(UInt8(ascii: "]"))
    }
}

/// The tables behind the byte-level JSON writers.
enum JSONBytes {
    /// The bytes a JSON string cannot hold as they are: control characters, DEL, `"` and `\\`.
    static let escaped: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C }

    /// Lowercase hexadecimal digits, for `\u00XX` escapes.
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Spaces to copy indentation from.
    static let spaces: StaticString = "                                "
}
