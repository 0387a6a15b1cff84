/// Byte-level text helpers for the secret scan, which runs on every line of every file
/// read and must not pay for Unicode-aware or Foundation string searches.
enum ByteSearch {
    /// Bytes that end a token: white space, quotes and punctuation around values.
    static let tokenSeparators = table(" \t\"'`,;=()[]{}<>|\\")
    /// Bytes that split a line into the parts of `NAME=value` and `NAME: value`.
    static let assignmentSeparators = table("\"' \t,{}")

    /// A 256-entry membership table of `characters`' bytes.
    static func table(_ characters: String) -> [Bool] {
        var table = [Bool](repeating: false, count: 256)
        for byte in characters.utf8 { table[Int(byte)] = true }
        return table
    }

    /// The ranges of the runs of `bytes` between separator bytes, at least `minimumLength`
    /// bytes long.
    static func runs(in bytes: UnsafeBufferPointer<UInt8>, separators: [Bool], minimumLength: Int) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Each run takes `minimumLength` bytes and, but for the last, a separator after them.
        result.reserveCapacity((bytes.count + 1) / (max(minimumLength, 1) + 1) + 1)
        forEachRun(in: bytes, separators: separators, minimumLength: minimumLength) { result.append($0) }
        return result
    }

    /// Calls `body` with the range of each run of `bytes` between separator bytes, at least
    /// `minimumLength` bytes long, in order, without making a list of them.
    static func forEachRun(in bytes: UnsafeBufferPointer<UInt8>, separators: [Bool], minimumLength: Int,
                           _ body: (Range<Int>) -> Void) {
        separators.withUnsafeBufferPointer { separators in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || separators[Int(bytes[index])] {
                if index - start >= minimumLength { body(start..<index) }
                start = index + 1
            }
        }
    }

    /// Whether `haystack` contains the bytes of `needle`.
    static func contains<Bytes: Collection>(_ haystack: Bytes, _ needle: String) -> Bool where Bytes.Element == UInt8 {
        var needle = needle
        return needle.withUTF8 { pattern in
            haystack.withContiguousStorageIfAvailable { contains($0, pattern) }
                ?? Array(haystack).withUnsafeBufferPointer { contains($0, pattern) }
        }
    }

    /// Whether `bytes` contains `pattern`.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        firstOffset(of: pattern, in: bytes) != nil
    }

    /// The offset of the first occurrence of `pattern` in `bytes` (0 for an empty pattern),
    /// or nil when it does not occur.
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pattern.first else { return 0 }
        guard bytes.count >= pattern.count else { return nil }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var offset = 1
                while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `bytes` equal `capitals`, an upper-case ASCII pattern, ignoring ASCII case.
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ capitals: String) -> Bool {
        bytes.count == capitals.utf8.count && hasSuffixIgnoringCase(bytes, capitals)
    }

    /// Whether `bytes` end with `capitals`, an upper-case ASCII pattern, ignoring ASCII case.
    static func hasSuffixIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ capitals: String) -> Bool {
        var capitals = capitals
        return capitals.withUTF8 { matchesIgnoringCase(bytes, at: bytes.count - $0.count, $0) }
    }

    /// Whether `bytes` contain `capitals`, an upper-case ASCII pattern, ignoring ASCII case.
    static func containsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ capitals: String) -> Bool {
        var capitals = capitals
        return capitals.withUTF8 { pattern in
            guard bytes.count >= pattern.count else { return false }
            for offset in 0...(bytes.count - pattern.count) where matchesIgnoringCase(bytes, at: offset, pattern) { return true }
            return false
        }
    }

    /// Whether `capitals`, an upper-case ASCII pattern, occurs in `bytes` at `offset`,
    /// ignoring ASCII case.
    private static func matchesIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int,
                                            _ capitals: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset >= 0, offset + capitals.count <= bytes.count else { return false }
        for index in 0..<capitals.count {
            let byte = bytes[offset + index]
            let capital = capitals[index]
            guard byte == capital || byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && byte - 32 == capital else { return false }
        }
        return true
    }

    /// ASCII letters lower-cased; other bytes as they are.
    static func lowercased<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        bytes.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    /// Whether a byte is ASCII white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }
}
