/// Turns JSON with comments (JSONC, as VS Code and CrewAI write it) into text libyaml
/// reads as flow YAML, without moving any line or column of the content.
///
/// Comments become spaces, trailing commas become spaces, and UTF-16 surrogate escapes
/// (which libyaml rejects) become `\U` escapes or U+FFFD; a string shortened that way is
/// followed by spaces so that what comes after it keeps its column.
enum JSONText {
    /// The normalised bytes, or the input itself when nothing needed changing.
    static func normalize(_ bytes: [UInt8]) -> [UInt8] {
        // Comments start with `/` and surrogate escapes with `\`: without either, the first
        // pass would copy the bytes as they are.
        var out = bytes.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") })
            ? withoutCommentsAndSurrogates(bytes) : bytes
        blankTrailingCommas(&out)
        return out
    }

    /// Comments as spaces, and surrogate escapes rewritten. The bytes are read once; the
    /// runs between changes are copied whole, and the input is returned as it is when
    /// nothing changes.
    private static func withoutCommentsAndSurrogates(_ bytes: [UInt8]) -> [UInt8] {
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*"), quote = UInt8(ascii: "\""),
            backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"),
            space = UInt8(ascii: " "), letterU = UInt8(ascii: "u")
        var rewriting = Rewriting(bytes)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == quote {
                index += 1
                // Columns a shorter rewritten escape gave up, restored after the closing quote.
                var shortfall = 0
                while index < count {
                    let inner = bytes[index]
                    if inner == backslash, index + 1 < count {
                        if bytes[index + 1] == letterU, let rewritten = surrogateEscape(bytes, at: index) {
                            rewriting.replace(index..<index + rewritten.consumed, with: rewritten.text)
                            shortfall += rewritten.consumed - rewritten.text.count
                            index += rewritten.consumed
                            continue
                        }
                        index += 2
                        continue
                    }
                    index += 1
                    if inner == quote {
                        rewriting.replace(index..<index, with: repeatElement(space, count: shortfall))
                        break
                    }
                    if inner == newline { break }
                }
            } else if byte == slash, index + 1 < count, bytes[index + 1] == slash {
                let start = index
                var blanks = 0
                while index < count, bytes[index] != newline, bytes[index] != carriageReturn {
                    if bytes[index] & 0xC0 != 0x80 { blanks += 1 }
                    index += 1
                }
                rewriting.replace(start..<index, with: repeatElement(space, count: blanks))
            } else if byte == slash, index + 1 < count, bytes[index + 1] == star {
                var blanked = [space, space]
                let start = index
                index += 2
                while index < count {
                    if bytes[index] == star, index + 1 < count, bytes[index + 1] == slash {
                        blanked += [space, space]
                        index += 2
                        break
                    }
                    let inner = bytes[index]
                    if inner == newline || inner == carriageReturn {
                        blanked.append(inner)
                    } else if inner & 0xC0 != 0x80 {
                        blanked.append(space)
                    }
                    index += 1
                }
                rewriting.replace(start..<index, with: blanked)
            } else {
                index += 1
            }
        }
        return rewriting.result()
    }

    /// A copy of some bytes with ranges replaced, made only once a first range is: the
    /// bytes between replacements are copied in whole runs.
    private struct Rewriting {
        private let bytes: [UInt8]
        private var out: [UInt8]?
        /// Where the bytes not yet copied start.
        private var copied = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Puts `replacement` in place of `range` (ranges come in order, after those before).
        mutating func replace<Replacement: Collection<UInt8>>(_ range: Range<Int>, with replacement: Replacement) {
            if range.isEmpty && replacement.isEmpty { return }
            if out == nil {
                out = []
                out!.reserveCapacity(bytes.count)
            }
            out!.append(contentsOf: bytes[copied..<range.lowerBound])
            out!.append(contentsOf: replacement)
            copied = range.upperBound
        }

        /// The bytes with every replacement made.
        func result() -> [UInt8] {
            guard var out else { return bytes }
            out.append(contentsOf: bytes[copied...])
            return out
        }
    }

    /// Trailing commas (a comma whose next significant byte closes a collection) as spaces;
    /// the bytes are copied only when there is one.
    private static func blankTrailingCommas(_ out: inout [UInt8]) {
        let commas = out.withUnsafeBufferPointer(trailingCommas)
        for comma in commas { out[comma] = UInt8(ascii: " ") }
    }

    /// The offsets of the trailing commas of `bytes`, in order: found reading the bytes in
    /// place, so that the array is neither checked for sharing nor written byte by byte.
    private static func trailingCommas(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), newline = UInt8(ascii: "\n"),
            carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " "), comma = UInt8(ascii: ",")
        var found: [Int] = []
        var inString = false
        var escaped = false
        var pendingComma: Int?
        for position in bytes.indices {
            let byte = bytes[position]
            if inString {
                if escaped { escaped = false } else if byte == backslash { escaped = true } else if byte == quote { inString = false }
                continue
            }
            switch byte {
            case quote:
                inString = true
                pendingComma = nil
            case comma:
                pendingComma = position
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let comma = pendingComma { found.append(comma) }
                pendingComma = nil
            case space, newline, carriageReturn, UInt8(ascii: "\t"):
                break
            default:
                pendingComma = nil
            }
        }
        return found
    }

    /// Rewrites `\uD83D\uDE00` as `\U0001F600`, and a lone surrogate as `\uFFFD`.
    private static func surrogateEscape(_ bytes: [UInt8], at index: Int) -> (text: [UInt8], consumed: Int)? {
        guard let high = hexValue(bytes, from: index + 2, digits: 4), (0xD800...0xDFFF).contains(high) else { return nil }
        if (0xD800...0xDBFF).contains(high), index + 11 < bytes.count,
           bytes[index + 6] == UInt8(ascii: "\\"), bytes[index + 7] == UInt8(ascii: "u"),
           let low = hexValue(bytes, from: index + 8, digits: 4), (0xDC00...0xDFFF).contains(low) {
            let scalar = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            let hex = String(scalar, radix: 16, uppercase: true)
            let padded = String(repeating: "0", count: 8 - hex.count) + hex
            return (Array("\\U\(padded)".utf8), 12)
        }
        return (Array("\\uFFFD".utf8), 6)
    }

    private static func hexValue(_ bytes: [UInt8], from start: Int, digits: Int) -> Int? {
        guard start + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + digits] {
            guard let digit = Int(String(UnicodeScalar(byte)), radix: 16) else { return nil }
            value = value * 16 + digit
        }
        return value
    }
}
