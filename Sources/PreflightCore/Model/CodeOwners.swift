/// A CODEOWNERS file: who must review changes to which paths.
///
/// GitHub reads `.github/CODEOWNERS`, then `CODEOWNERS` at the root, then `docs/CODEOWNERS`,
/// and uses only the first it finds; the others are ignored. Patterns are relative to the
/// repository root, which Preflight takes to be the scanned root.
public struct CodeOwners: Sendable {
    /// The places GitHub looks for the file, in the order it looks.
    public static let places = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"]

    /// The file's path relative to the scanned root.
    public let path: String
    /// Its rules, in file order (the last matching rule wins).
    public let rules: [CodeOwnersRule]
    /// Other CODEOWNERS files in the scan that GitHub ignores because this one comes first.
    public var ignored: [String] = []

    /// Creates the rules read from the file at `path`.
    public init(path: String, rules: [CodeOwnersRule]) {
        self.path = path
        self.rules = rules
    }

    /// The file's first line, where a finding about the file as a whole points.
    public var location: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    /// The owners of the file at `path` (relative to the repository root) under the last rule
    /// that matches it, located at that rule's pattern; nil when no rule matches. An empty list
    /// means the matching rule leaves the path without an owner.
    public func owners(of path: String) -> Located<[String]>? {
        guard let rule = rules.last(where: { $0.matcher.matches(path) }) else { return nil }
        return Located(rule.owners, at: rule.pattern.location)
    }

    /// The one GitHub uses of two CODEOWNERS files, noting the other as ignored.
    public func preferred(over other: CodeOwners) -> CodeOwners {
        guard other.path != path else { return self }
        let rank = { (file: CodeOwners) in CodeOwners.places.firstIndex(of: file.path) ?? CodeOwners.places.count }
        var kept = rank(other) < rank(self) ? other : self
        let dropped = rank(other) < rank(self) ? self : other
        kept.ignored = Array(Set(kept.ignored + dropped.ignored + [dropped.path])).sorted()
        return kept
    }
}
