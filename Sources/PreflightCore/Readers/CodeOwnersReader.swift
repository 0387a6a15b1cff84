/// Reads a GitHub CODEOWNERS file (`.github/CODEOWNERS`, `CODEOWNERS` or `docs/CODEOWNERS` at
/// the scanned root, which is taken to be the repository root). It covers every agent of the
/// scan; when the scan holds more than one, ``CodeOwners/preferred(over:)`` keeps the one
/// GitHub uses.
///
/// Each line is a pattern and its owners (`@user`, `@org/team`, `name@example.com`); `#`
/// starts a comment (a pattern starting with `#` is written `\#`); a rule without owners
/// leaves its paths unowned. A line GitHub would skip (negation, character ranges, an owner
/// that is not a user, team or e-mail address, a GitLab section header) is reported and skipped.
struct CodeOwnersReader: FormatReader {
    let format = FileFormat.codeOwners
    var syntax: FileSyntax { .text }
    var scope: ReaderScope { .repository }

    func claims(_ file: PathName) -> Bool { CodeOwners.places.contains(file.path) }

    func coveredDirectory(of path: String) -> String { "." }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        var rules: [CodeOwnersRule] = []
        for (index, line) in file.lines.enumerated() {
            let tokens = CodeOwnersReader.tokens(of: line)
            guard let (pattern, column) = tokens.first else { continue }
            let location = SourceLocation(path: file.path, line: index + 1, column: column)
            if pattern.hasPrefix("[") || pattern.hasPrefix("^[") {
                diagnostics.append(InputDiagnostic("GitLab section header, not GitHub CODEOWNERS syntax; line ignored",
                                                   at: location, kind: .warning))
                continue
            }
            let owners = tokens.dropFirst().map(\.text).prefix { !$0.hasPrefix("#") }
            if let stranger = owners.first(where: { !$0.contains("@") }) {
                diagnostics.append(InputDiagnostic(
                    "'\(stranger)' is not a @user, @org/team or e-mail address; GitHub skips this line", at: location, kind: .warning))
                continue
            }
            do {
                let matcher = try CodeOwnersPattern(pattern)
                rules.append(CodeOwnersRule(pattern: Located(pattern, at: location), matcher: matcher, owners: Array(owners)))
            } catch {
                diagnostics.append(InputDiagnostic("\(error.reason); GitHub skips this line", at: location, kind: .warning))
            }
        }
        facts.repositoryEvidence.codeOwners = CodeOwners(path: file.path, rules: rules)
    }

    /// The whitespace-separated words of a line and the 1-based column where each starts; a
    /// backslash keeps the next character in the word. Empty for a blank or comment line.
    static func tokens(of line: Substring) -> [(text: String, column: Int)] {
        var tokens: [(text: String, column: Int)] = []
        var current = ""
        var start = 0
        var escaped = false
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            if escaped {
                current.unicodeScalars.append(scalar)
                escaped = false
                continue
            }
            if scalar.properties.isWhitespace {
                if !current.isEmpty { tokens.append((current, start + 1)) }
                current = ""
                continue
            }
            if current.isEmpty {
                if tokens.isEmpty && scalar == "#" { return [] }
                start = offset
            }
            if scalar == "\\" { escaped = true }
            current.unicodeScalars.append(scalar)
        }
        if !current.isEmpty { tokens.append((current, start + 1)) }
        return tokens
    }
}
