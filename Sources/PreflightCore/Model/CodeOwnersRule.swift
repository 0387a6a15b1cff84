/// One line of a CODEOWNERS file: a path pattern and the owners of the paths it matches.
public struct CodeOwnersRule: Sendable {
    /// The pattern as written, located where it starts.
    public let pattern: Located<String>
    /// The owners (`@user`, `@org/team` or an e-mail address), in order. Empty for a rule that
    /// leaves its paths without an owner (an exception to an earlier rule).
    public let owners: [String]
    /// The compiled pattern.
    public let matcher: CodeOwnersPattern

    /// Creates a rule from a compiled pattern, located where `pattern` is written.
    public init(pattern: Located<String>, matcher: CodeOwnersPattern, owners: [String]) {
        self.pattern = pattern
        self.matcher = matcher
        self.owners = owners
    }
}
