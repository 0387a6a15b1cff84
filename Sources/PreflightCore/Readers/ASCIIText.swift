/// Splitting and searching text for ASCII characters by its bytes: what the same operation on
/// Characters gives, without breaking the text into Characters when it is ASCII. There each
/// byte is one Character, but for `\r\n`, one Character of two bytes that no separator or
/// searched character here is part of (a `\r\n` counted as white space splits as two
/// separators around an empty part, which is omitted). Other text is split and searched on
/// its Characters.
public enum ASCIIText {
    /// The parts of `text` between bytes that `isSeparator`, as
    /// `text.split(maxSplits:omittingEmptySubsequences:whereSeparator:)` with
    /// `isSeparatorCharacter` gives them; `isSeparator` must hold for exactly the ASCII bytes
    /// whose Characters `isSeparatorCharacter`, and for neither `\r` nor `\n` unless
    /// `omittingEmptySubsequences` and `isSeparatorCharacter("\r\n")` (and then a limited
    /// `maxSplits` is split on Characters).
    @inlinable
    public static func split(
        _ text: Substring, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true,
        whereSeparator isSeparator: (UInt8) -> Bool, orCharacter isSeparatorCharacter: (Character) -> Bool
    ) -> [Substring] {
        // With a limited number of splits, a `\r\n` split as two separators would end the last
        // split part one byte early: such a split goes to the Characters.
        let bytesSplitLikeCharacters = maxSplits == .max || !isSeparator(UInt8(ascii: "\r"))
        let parts = bytesSplitLikeCharacters ? withASCIIBytes(of: text) { bytes in
            byteRanges(of: bytes, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences, whereSeparator: isSeparator)
        } : nil
        guard let parts else {
            return text.split(maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                              whereSeparator: isSeparatorCharacter)
        }
        let utf8 = text.utf8
        return parts.map { part in
            Substring(utf8[utf8.index(utf8.startIndex, offsetBy: part.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: part.upperBound)])
        }
    }

    /// The ranges of the parts of `bytes` between bytes that `isSeparator`, found as the
    /// standard library's `split(maxSplits:omittingEmptySubsequences:whereSeparator:)` finds them.
    @usableFromInline
    static func byteRanges(
        of bytes: UnsafeBufferPointer<UInt8>, maxSplits: Int, omittingEmptySubsequences: Bool,
        whereSeparator isSeparator: (UInt8) -> Bool
    ) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start = 0
        if maxSplits == 0 || bytes.isEmpty {
            if !(bytes.isEmpty && omittingEmptySubsequences) { parts.append(0..<bytes.count) }
            return parts
        }
        var end = 0
        while end < bytes.count {
            if isSeparator(bytes[end]) {
                let appended = !(start == end && omittingEmptySubsequences)
                if appended { parts.append(start..<end) }
                end += 1
                start = end
                if appended && parts.count == maxSplits { break }
                continue
            }
            end += 1
        }
        if start != bytes.count || !omittingEmptySubsequences { parts.append(start..<bytes.count) }
        return parts
    }

    /// `body` run on the bytes of `text` when they are all ASCII; nil for other text.
    @usableFromInline
    static func withASCIIBytes<Result>(of text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        var copy = text
        return copy.withUTF8 { bytes in bytes.isASCII ? body(bytes) : nil }
    }

    /// The parts of `text` between `separator`s, an ASCII character other than `\r` and `\n`,
    /// as `text.split(separator:maxSplits:omittingEmptySubsequences:)` gives them.
    @inlinable
    public static func split(
        _ text: Substring, separator: Unicode.Scalar, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true
    ) -> [Substring] {
        let byte = UInt8(separator.value)
        return split(text, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                     whereSeparator: { $0 == byte }, orCharacter: { $0 == Character(separator) })
    }

    /// The words of `text`: its parts between white space, as `text.split(whereSeparator: \.isWhitespace)`
    /// gives them.
    @inlinable
    public static func words(_ text: Substring) -> [Substring] {
        split(text, whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }, orCharacter: \.isWhitespace)
    }

    /// Where `character`, an ASCII character other than `\r` and `\n`, first occurs in `text`,
    /// as `text.firstIndex(of:)` finds it.
    @inlinable
    public static func firstIndex(of character: Unicode.Scalar, in text: Substring) -> String.Index? {
        let byte = UInt8(character.value)
        guard let offset = withASCIIBytes(of: text, { $0.firstIndex(of: byte) }) else { return text.firstIndex(of: Character(character)) }
        return offset.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }

    /// Where `character`, an ASCII character other than `\r` and `\n`, last occurs in `text`,
    /// as `text.lastIndex(of:)` finds it.
    @inlinable
    public static func lastIndex(of character: Unicode.Scalar, in text: Substring) -> String.Index? {
        let byte = UInt8(character.value)
        guard let offset = withASCIIBytes(of: text, { $0.lastIndex(of: byte) }) else { return text.lastIndex(of: Character(character)) }
        return offset.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }
}
