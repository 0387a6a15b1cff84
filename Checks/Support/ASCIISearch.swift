import Foundation

extension String {
    /// Whether the text contains `needle`, a non-empty ASCII string, with the answer of
    /// Foundation's `contains(_:)`. Foundation bridges every search through NSString, which
    /// costs more than most checks; in ASCII text its search compares bytes, so there the
    /// bytes are searched directly, and other text is left to Foundation.
    func containsASCII(_ needle: String) -> Bool {
        guard let offset = ASCIISearch.firstOffset(of: needle, in: self) else { return contains(needle) }
        return offset >= 0
    }

    /// The first range of `needle`, a non-empty ASCII string, in the text, with the answer of
    /// Foundation's `range(of:)`: found on the bytes in ASCII text, by Foundation in other text.
    func rangeOfASCII(_ needle: String) -> Range<String.Index>? {
        guard let offset = ASCIISearch.firstOffset(of: needle, in: self) else { return range(of: needle) }
        guard offset >= 0 else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

/// The byte search behind ``Swift/String/containsASCII(_:)`` and ``Swift/String/rangeOfASCII(_:)``.
enum ASCIISearch {
    /// The byte offset of the first occurrence of `needle` in `text` when `text` is ASCII,
    /// -1 when it does not occur there; nil when `text` is not ASCII.
    static func firstOffset(of needle: String, in text: String) -> Int? {
        var text = text
        var needle = needle
        return text.withUTF8 { bytes -> Int? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return needle.withUTF8 { pattern -> Int in
                guard let first = pattern.first, bytes.count >= pattern.count else { return -1 }
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
                return -1
            }
        }
    }
}
