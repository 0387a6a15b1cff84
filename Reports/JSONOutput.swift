/// Pretty-printed JSON being written, as bytes in memory the writer owns: every append is one
/// capacity check and a copy into place, without the uniqueness checks and generic paths of
/// an array's appends. It holds the byte-level pieces of the format (literals, escaped
/// strings, numbers, and the line breaks with indentation that open each member or element),
/// which ``JSONValue`` and the report's direct writers share, so both write the same bytes for
/// the same value. ``finish()`` hands the bytes on as ``RenderedBytes`` without copying them.
struct JSONOutput: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes have been written.
    private(set) var count = 0

    /// An empty output with room for `capacity` bytes before it grows.
    init(capacity: Int = 4_096) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    /// Hands the bytes written on, without copying them.
    consuming func finish() -> RenderedBytes {
        let bytes = RenderedBytes(taking: start, count: count)
        discard self
        return bytes
    }

    /// Calls `body` with the bytes written so far.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// The bytes written so far, as text.
    var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

    /// Forgets the bytes written, keeping the memory.
    mutating func removeAll() { count = 0 }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(toHold: count + extra) }
    }

    private mutating func grow(toHold needed: Int) {
        let newCapacity = Swift.max(capacity * 2, needed)
        let newStart = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStart.initialize(from: start, count: count)
        start.deallocate()
        start = newStart
        capacity = newCapacity
    }

    // MARK: Bytes

    /// Appends one byte.
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        start[count] = byte
        count += 1
    }

    /// Appends bytes.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        reserve(bytes.count)
        (start + count).initialize(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes.
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends a literal's UTF-8 bytes.
    @inline(__always)
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends `count` spaces.
    mutating func appendSpaces(_ spaces: Int) {
        reserve(spaces)
        (start + count).initialize(repeating: UInt8(ascii: " "), count: spaces)
        count += spaces
    }

    // MARK: Layout

    /// Appends what comes before a member or element at `indent`: `,` unless it is the first,
    /// then a line break and the indentation.
    mutating func appendItemStart(first: Bool, indent: Int) {
        reserve(indent + 2)
        if !first {
            start[count] = UInt8(ascii: ",")
            count += 1
        }
        start[count] = UInt8(ascii: "\n")
        count += 1
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

    // MARK: Values

    /// Appends a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (UTF-8 included) copied as it is, in runs between the bytes that need escaping.
    /// The bytes are tested eight at a time, and a run is copied whole.
    mutating func appendJSONString(_ text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            // The common case, nothing to escape, needs exactly this much room.
            reserve(bytes.count + 2)
            start[count] = UInt8(ascii: "\"")
            count += 1
            var runStart = 0
            var index = 0
            while let found = JSONOutput.firstByteNeedingEscape(in: bytes, from: index) {
                append(UnsafeBufferPointer(rebasing: bytes[runStart..<found]))
                appendEscape(bytes[found])
                index = found + 1
                runStart = index
            }
            append(UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Appends the escape of a byte a JSON string cannot hold as it is.
    private mutating func appendEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append(literal: "\\\"")
        case UInt8(ascii: "\\"): append(literal: "\\\\")
        case UInt8(ascii: "\n"): append(literal: "\\n")
        case UInt8(ascii: "\r"): append(literal: "\\r")
        case UInt8(ascii: "\t"): append(literal: "\\t")
        default:
            append(literal: "\\u00")
            append(JSONOutput.hexDigit(byte >> 4))
            append(JSONOutput.hexDigit(byte & 0xF))
        }
    }

    /// Appends an integer in decimal.
    mutating func appendJSONInteger(_ number: Int) {
        // A sign and twenty digits hold any Int; the digits are written from the right.
        reserve(21)
        if number < 0 {
            start[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = number.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        var position = count + digits
        count = position
        repeat {
            position -= 1
            start[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    /// Appends an integer, or null for nil.
    mutating func appendJSONInteger(_ number: Int?) {
        if let number { appendJSONInteger(number) } else { append(literal: "null") }
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

    // MARK: Escaping

    /// Whether a JSON string cannot hold `byte` as it is: control characters, DEL, `"` and `\\`.
    static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }

    /// Whether any of the eight bytes of `word` needs escaping. Each term is the classic
    /// zero-byte test, of `word` against `"`, `\\` and DEL, or of `word` under 0x20: a byte that
    /// matches gets its high bit set, and another can get it only above a byte that matched, so
    /// some high bit is left exactly when some byte matches. `~word` drops the bytes of 0x80 and
    /// over, which never match but can set their own high bit in a term.
    static func needsEscaping(word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let below = (word &- ones &* 0x20)
            | ((word ^ (ones &* 0x22)) &- ones)
            | ((word ^ (ones &* 0x5C)) &- ones)
            | ((word ^ (ones &* 0x7F)) &- ones)
        return below & ~word & (ones &* 0x80) != 0
    }

    /// The offset of the first byte at or after `start` that needs escaping, or nil. Whole
    /// words are skipped, two at a time, while none of their bytes does; when fewer than eight
    /// bytes are left, the word that ends at the last byte is tested first, and the bytes one
    /// by one only if some byte of it needs escaping.
    static func firstByteNeedingEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = start
        if bytes.count >= 8 {
            while index + 16 <= bytes.count,
                  !needsEscaping(word: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)),
                  !needsEscaping(word: raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) {
                index += 16
            }
            while index + 8 <= bytes.count, !needsEscaping(word: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            if index + 8 > bytes.count, !needsEscaping(word: raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) {
                return nil
            }
        }
        while index < bytes.count {
            if needsEscaping(bytes[index]) { return index }
            index += 1
        }
        return nil
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
