/// Finds words, e-mail addresses and URLs in a text file's lines, located where they are
/// written. Columns count Unicode scalars, as every other location does. Matching ignores
/// ASCII case.
enum TextSearch {
    /// The first of `phrases` (lowercase ASCII) that starts a word, in line order (and, on one
    /// line, the leftmost), located at its first character. The value is the phrase.
    static func firstPhrase(_ phrases: [String], in file: LoadedFile) -> Located<String>? {
        let needles = phrases.map { Array($0.unicodeScalars) }
        for (index, line) in file.lines.enumerated() {
            let scalars = line.unicodeScalars.map(lowercasedASCII)
            var best: (column: Int, phrase: String)?
            for (needle, phrase) in zip(needles, phrases) {
                guard let start = firstWordStart(of: needle, in: scalars) else { continue }
                if best == nil || start < best!.column { best = (start, phrase) }
            }
            if let best {
                return Located(best.phrase, at: SourceLocation(path: file.path, line: index + 1, column: best.column + 1))
            }
        }
        return nil
    }

    /// The first e-mail address (`local@domain.tld`), located at its first character.
    static func firstEmailAddress(in file: LoadedFile) -> Located<String>? {
        for (index, line) in file.lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            for at in scalars.indices where scalars[at] == "@" {
                var start = at
                while start > 0, isLocalPart(scalars[start - 1]) { start -= 1 }
                var end = at + 1
                while end < scalars.count, isDomain(scalars[end]) { end += 1 }
                while end > at + 1, scalars[end - 1] == "." { end -= 1 }
                let domain = String(scalars: scalars[(at + 1)..<end])
                let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
                guard start < at, labels.count >= 2, !labels.contains(where: \.isEmpty),
                      let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isLetter) else { continue }
                let address = String(scalars: scalars[start..<end])
                return Located(address, at: SourceLocation(path: file.path, line: index + 1, column: start + 1))
            }
        }
        return nil
    }

    /// The first `http://` or `https://` URL, located at its first character.
    static func firstURL(in file: LoadedFile) -> Located<String>? {
        let schemes = ["https://", "http://"].map { Array($0.unicodeScalars) }
        for (index, line) in file.lines.enumerated() {
            let scalars = line.unicodeScalars.map(lowercasedASCII)
            let starts = schemes.compactMap { firstOccurrence(of: $0, in: scalars) }
            guard let start = starts.min() else { continue }
            let original = Array(line.unicodeScalars)
            var end = start
            while end < original.count, !isURLTerminator(original[end]) { end += 1 }
            let url = String(scalars: original[start..<end])
            return Located(url, at: SourceLocation(path: file.path, line: index + 1, column: start + 1))
        }
        return nil
    }

    private static func lowercasedASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.value >= 65, scalar.value <= 90, let lower = Unicode.Scalar(scalar.value + 32) else { return scalar }
        return lower
    }

    private static func firstOccurrence(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }

    private static func firstWordStart(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { start in
            (start == 0 || !haystack[start - 1].properties.isAlphabetic)
                && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    private static func isLocalPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._%+-".unicodeScalars.contains(scalar))
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-")
    }

    private static func isURLTerminator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "<>\"'`)]".unicodeScalars.contains(scalar)
    }
}
