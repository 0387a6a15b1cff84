/// Splitting and searching text for ASCII characters by its bytes: what the same operation on
/// Characters gives, without breaking the text into Characters when it is ASCII. There each
/// byte is one Character, but for `\r\n`, one Character of two bytes that no separator or
/// searched character here is part of (a `\r\n` counted as white space splits as two
/// separators around an empty part, which is omitted). Other text is split and searched on
/// its Characters.
enum ASCIIText {
    /// The parts of `text` between bytes that `isSeparator`, as
    /// `text.split(maxSplits:omittingEmptySubsequences:whereSeparator:)` with
    /// `isSeparatorCharacter` gives them; `isSeparator` must hold for exactly the ASCII bytes
    /// whose Characters `isSeparatorCharacter`, and for neither `\r` nor `\n` unless
    /// `omittingEmptySubsequences` and `isSeparatorCharacter("\r\n")`.
    static func split(
        _ text: Substring, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true,
        whereSeparator isSeparator: (UInt8) -> Bool, orCharacter isSeparatorCharacter: (Character) -> Bool
    ) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.split(maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                              whereSeparator: isSeparatorCharacter)
        }
        return text.utf8.split(maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                               whereSeparator: isSeparator).map { Substring($0) }
    }

    /// The parts of `text` between `separator`s, an ASCII character other than `\r` and `\n`,
    /// as `text.split(separator:maxSplits:omittingEmptySubsequences:)` gives them.
    static func split(
        _ text: Substring, separator: Unicode.Scalar, maxSplits: Int = .max, omittingEmptySubsequences: Bool = true
    ) -> [Substring] {
        let byte = UInt8(separator.value)
        return split(text, maxSplits: maxSplits, omittingEmptySubsequences: omittingEmptySubsequences,
                     whereSeparator: { $0 == byte }, orCharacter: { $0 == Character(separator) })
    }

    /// The words of `text`: its parts between white space, as `text.split(whereSeparator: \.isWhitespace)`
    /// gives them.
    static func words(_ text: Substring) -> [Substring] {
        split(text, whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }, orCharacter: \.isWhitespace)
    }

    /// Where `character`, an ASCII character other than `\r` and `\n`, first occurs in `text`,
    /// as `text.firstIndex(of:)` finds it.
    static func firstIndex(of character: Unicode.Scalar, in text: Substring) -> String.Index? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.firstIndex(of: Character(character)) }
        return text.utf8.firstIndex(of: UInt8(character.value))
    }

    /// Where `character`, an ASCII character other than `\r` and `\n`, last occurs in `text`,
    /// as `text.lastIndex(of:)` finds it.
    static func lastIndex(of character: Unicode.Scalar, in text: Substring) -> String.Index? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lastIndex(of: Character(character)) }
        return text.utf8.lastIndex(of: UInt8(character.value))
    }
}
