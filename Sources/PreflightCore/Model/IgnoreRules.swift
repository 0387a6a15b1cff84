/// Decides, as git does, whether a path is ignored by a set of `.gitignore` files.
///
/// Patterns support `*` and `?` (never matching `/`), `[...]` classes, `**` as a whole
/// component (leading `**/`, inner `/**/`, trailing `/**`), a `/` at the start or in the
/// middle anchoring the pattern to its file's directory, a trailing `/` matching
/// directories only, `!` re-including, and `\` escaping a leading `#` or `!`. A pattern
/// without a `/` matches a name at any depth. A deeper file overrides a shallower one, a
/// later pattern an earlier one, and nothing inside an ignored directory can be re-included.
/// Matching is case-sensitive, as git is by default on Linux.
public struct IgnoreRules: Sendable {
    /// The pattern that decided whether a path is ignored.
    public struct Verdict: Sendable, Equatable {
        /// Whether the path is ignored (false when a `!` pattern re-included it).
        public let ignored: Bool
        /// The deciding pattern, where it is written.
        public let pattern: Located<String>
    }

    /// The patterns of each file, compiled, shallowest directory first.
    private let files: [(directory: String, rules: [(rule: Rule, pattern: Located<String>)])]

    /// Rules from `files`, whatever order they come in.
    public init(_ files: [IgnoreFile]) {
        let ordered = files.enumerated().sorted { lhs, rhs in
            let depths = (IgnoreRules.depth(of: lhs.element.directory), IgnoreRules.depth(of: rhs.element.directory))
            return depths.0 != depths.1 ? depths.0 < depths.1 : lhs.offset < rhs.offset
        }
        self.files = ordered.map { _, file in
            (file.directory, file.patterns.compactMap { pattern in Rule(pattern.value).map { ($0, pattern) } })
        }
    }

    /// What decides whether the file at `path` (relative to the scanned root) is ignored:
    /// the pattern that ignores one of its directories, else the last pattern matching the
    /// file itself; nil when no pattern matches.
    public func verdict(for path: String) -> Verdict? {
        let parts = path.split(separator: "/")
        for depth in parts.indices.dropLast() {
            let directory = parts[...depth].joined(separator: "/")
            if let verdict = decide(directory, isDirectory: true), verdict.ignored { return verdict }
        }
        return decide(path, isDirectory: false)
    }

    /// The pattern a `.gitignore` line holds: nil for a blank line or a comment; otherwise
    /// the line without its line break and without trailing spaces (unless escaped).
    public static func pattern(fromLine line: Substring) -> String? {
        var text = line.hasSuffix("\r") ? line.dropLast() : line
        while text.hasSuffix(" ") && !text.hasSuffix("\\ ") { text = text.dropLast() }
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        return String(text)
    }

    /// The last pattern of any file covering `path` that matches it.
    private func decide(_ path: String, isDirectory: Bool) -> Verdict? {
        var decided: Verdict?
        for file in files {
            guard let relative = IgnoreRules.relative(path, to: file.directory) else { continue }
            for (rule, pattern) in file.rules where rule.matches(relative, isDirectory: isDirectory) {
                decided = Verdict(ignored: !rule.negated, pattern: pattern)
            }
        }
        return decided
    }

    /// `path` relative to `directory`, or nil when it is not below it.
    private static func relative(_ path: String, to directory: String) -> String? {
        if directory == "." { return path }
        guard path.hasPrefix(directory + "/") else { return nil }
        return String(path.dropFirst(directory.count + 1))
    }

    /// How many components a relative directory has (`.` has none).
    private static func depth(of directory: String) -> Int {
        directory == "." ? 0 : directory.split(separator: "/").count
    }

    /// One compiled pattern.
    private struct Rule: Sendable {
        /// Whether it re-includes (`!`).
        let negated: Bool
        /// Whether it matches directories only (a trailing `/`).
        let directoriesOnly: Bool
        /// Whether it is matched against the whole relative path rather than the last name.
        let anchored: Bool
        /// The glob, without `!`, leading `/` and trailing `/`.
        let glob: [Character]

        /// Compiles a pattern; nil when nothing is left to match.
        init?(_ pattern: String) {
            var text = Substring(pattern)
            negated = text.hasPrefix("!")
            if negated {
                text = text.dropFirst()
            } else if text.hasPrefix("\\!") || text.hasPrefix("\\#") {
                text = text.dropFirst()
            }
            directoriesOnly = text.hasSuffix("/")
            if directoriesOnly { text = text.dropLast() }
            anchored = text.contains("/")
            if text.hasPrefix("/") { text = text.dropFirst() }
            guard !text.isEmpty else { return nil }
            glob = Array(text)
        }

        /// Whether it matches `path`, relative to its file's directory.
        func matches(_ path: String, isDirectory: Bool) -> Bool {
            if directoriesOnly && !isDirectory { return false }
            let subject = anchored ? path : String(path.split(separator: "/").last ?? Substring(path))
            return Rule.wildmatch(glob, 0, Array(subject), 0)
        }

        /// Whether `pattern[p...]` matches `text[t...]` whole.
        private static func wildmatch(_ pattern: [Character], _ p: Int, _ text: [Character], _ t: Int) -> Bool {
            var p = p
            var t = t
            while p < pattern.count {
                switch pattern[p] {
                case "*":
                    var end = p
                    while end < pattern.count && pattern[end] == "*" { end += 1 }
                    let wholeComponent = end - p >= 2 && (p == 0 || pattern[p - 1] == "/")
                        && (end == pattern.count || pattern[end] == "/")
                    if wholeComponent {
                        if end == pattern.count { return true }
                        var start = t
                        while true {
                            if wildmatch(pattern, end + 1, text, start) { return true }
                            guard let slash = text[start...].firstIndex(of: "/") else { return false }
                            start = slash + 1
                        }
                    }
                    var start = t
                    while true {
                        if wildmatch(pattern, end, text, start) { return true }
                        if start == text.count || text[start] == "/" { return false }
                        start += 1
                    }
                case "?":
                    guard t < text.count, text[t] != "/" else { return false }
                    p += 1
                    t += 1
                case "[":
                    guard let (matched, next) = matchClass(pattern, p, text, t) else {
                        guard t < text.count, text[t] == "[" else { return false }
                        p += 1
                        t += 1
                        continue
                    }
                    guard matched else { return false }
                    p = next
                    t += 1
                case "\\" where p + 1 < pattern.count:
                    guard t < text.count, text[t] == pattern[p + 1] else { return false }
                    p += 2
                    t += 1
                default:
                    guard t < text.count, text[t] == pattern[p] else { return false }
                    p += 1
                    t += 1
                }
            }
            return t == text.count
        }

        /// Matches the class starting at `pattern[p]` (`[abc]`, `[a-z]`, `[!a]`, `[^a]`)
        /// against `text[t]`: whether it matched, and the index after the class; nil when
        /// the class is not closed (the `[` is then literal).
        private static func matchClass(_ pattern: [Character], _ p: Int, _ text: [Character], _ t: Int) -> (Bool, Int)? {
            var index = p + 1
            let inverted = index < pattern.count && (pattern[index] == "!" || pattern[index] == "^")
            if inverted { index += 1 }
            var matched = false
            var first = true
            while index < pattern.count && (pattern[index] != "]" || first) {
                first = false
                let low = pattern[index]
                if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                    if t < text.count, low <= text[t], text[t] <= pattern[index + 2] { matched = true }
                    index += 3
                } else {
                    if t < text.count, text[t] == low { matched = true }
                    index += 1
                }
            }
            guard index < pattern.count else { return nil }
            guard t < text.count, text[t] != "/" else { return (false, index + 1) }
            return (matched != inverted, index + 1)
        }
    }
}
