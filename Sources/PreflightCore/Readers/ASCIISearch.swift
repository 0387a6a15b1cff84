import Foundation

extension String {
    /// Whether the text contains `needle`, a non-empty ASCII string, with the answer of
    /// Foundation's `contains(_:)`. Foundation bridges every search through NSString, which
    /// costs more than most checks; in ASCII text its search compares bytes, so there the
    /// bytes are searched directly (``ByteSearch``), and other text is left to Foundation.
    public func containsASCII(_ needle: String) -> Bool {
        guard let offset = ASCIISearch.firstOffset(of: needle, in: self) else { return contains(needle) }
        return offset != nil
    }

    /// The first range of `needle`, a non-empty ASCII string, in the text, with the answer of
    /// Foundation's `range(of:)`: found on the bytes in ASCII text, by Foundation in other text.
    public func rangeOfASCII(_ needle: String) -> Range<String.Index>? {
        guard let found = ASCIISearch.firstOffset(of: needle, in: self) else { return range(of: needle) }
        guard let offset = found else { return nil }
        let start = utf8.index(startIndex, offsetBy: offset)
        return start..<utf8.index(start, offsetBy: needle.utf8.count)
    }
}

/// The byte search behind ``Swift/String/containsASCII(_:)`` and ``Swift/String/rangeOfASCII(_:)``.
enum ASCIISearch {
    /// When `text` is ASCII, the byte offset of the first occurrence of `needle` in it (nil
    /// inside when it does not occur, as for an empty needle, like Foundation); nil when
    /// `text` is not ASCII and Foundation must answer.
    static func firstOffset(of needle: String, in text: String) -> Int?? {
        guard !needle.isEmpty else { return .some(nil) }
        var text = text
        var needle = needle
        return text.withUTF8 { bytes -> Int?? in
            guard bytes.isASCII else { return nil }
            return .some(needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: bytes) })
        }
    }
}
