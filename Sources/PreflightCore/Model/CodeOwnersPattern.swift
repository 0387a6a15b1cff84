/// A CODEOWNERS path pattern, matched the way GitHub matches it (a subset of `.gitignore`).
///
/// - A pattern with a leading `/`, or a `/` in the middle, is anchored at the repository
///   root; one without (`*.md`, `docs/`) matches at any depth.
/// - `*` matches any characters within one path component, `?` exactly one; `\` escapes the
///   next character (`\#notes`, `\*`).
/// - A leading `**/` matches in every directory, a middle `/**/` matches zero or more
///   directories, a trailing `/**` everything inside.
/// - A trailing `/` matches a directory's contents, never a file of that name.
/// - A pattern naming a directory owns everything below it, except that a final lone `*`
///   (`docs/*`) matches only the files directly in that directory.
///
/// Paths are relative to the repository root, `/`-separated, case-sensitive.
/// Negation (`!`) and character ranges (`[a-z]`) are not CODEOWNERS syntax: GitHub skips such
/// lines, and so does this type (it throws).
public struct CodeOwnersPattern: Sendable {
    /// Why a pattern cannot be used.
    public struct Unsupported: Error, Sendable {
        /// What is wrong, in a sentence.
        public let reason: String
    }

    /// One path component of a pattern.
    enum Segment: Sendable {
        /// `**`: any number of components (at least one when it ends the pattern).
        case anyDepth
        /// A lone `*`: exactly one component.
        case anyComponent
        /// A component with literal characters and `*`/`?` wildcards.
        case glob([GlobToken])
    }

    /// One element of a component glob.
    enum GlobToken: Sendable {
        /// This character.
        case literal(Unicode.Scalar)
        /// `*`: any run of characters, possibly empty.
        case anyRun
        /// `?`: any one character.
        case anyOne
    }

    /// Its components, after anchoring and a trailing `/` are resolved.
    private let segments: [Segment]

    /// Compiles `text`, or throws when it uses syntax CODEOWNERS does not support.
    public init(_ text: String) throws(Unsupported) {
        if text.isEmpty { throw Unsupported(reason: "empty pattern") }
        if text.hasPrefix("!") { throw Unsupported(reason: "negation (!) is not supported in CODEOWNERS") }
        if text.contains("***") { throw Unsupported(reason: "three asterisks in a row are not a valid pattern") }
        var escaped = false
        for character in text.unicodeScalars {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "[" || character == "]" {
                throw Unsupported(reason: "character ranges ([ ]) are not supported in CODEOWNERS")
            }
        }
        var parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.first == "" {
            parts.removeFirst()
        } else if parts.count == 1 || (parts.count == 2 && parts[1].isEmpty), parts[0] != "**" {
            parts.insert("**", at: 0)
        }
        if parts.count > 1, parts.last == "" {
            parts[parts.count - 1] = "**"
        }
        segments = parts.map(CodeOwnersPattern.segment)
    }

    /// Whether the file at `path` (relative to the repository root) matches.
    public func matches(_ path: String) -> Bool {
        let components = path.split(separator: "/").map { Array($0.unicodeScalars) }
        guard !components.isEmpty else { return false }
        return matches(segment: 0, component: 0, of: components)
    }

    /// Whether `components[component...]` match `segments[index...]`.
    private func matches(segment index: Int, component: Int, of components: [[Unicode.Scalar]]) -> Bool {
        let isLast = index == segments.count - 1
        switch segments[index] {
        case .anyDepth:
            if isLast { return component < components.count }
            return (component...components.count).contains { matches(segment: index + 1, component: $0, of: components) }
        case .anyComponent:
            guard component < components.count else { return false }
            return isLast ? component + 1 == components.count : matches(segment: index + 1, component: component + 1, of: components)
        case .glob(let tokens):
            guard component < components.count, CodeOwnersPattern.glob(tokens, matches: components[component][...]) else {
                return false
            }
            // A last named component matches the file itself or anything inside the directory.
            return isLast || matches(segment: index + 1, component: component + 1, of: components)
        }
    }

    /// One pattern component compiled.
    private static func segment(_ text: String) -> Segment {
        if text == "**" { return .anyDepth }
        if text == "*" { return .anyComponent }
        var tokens: [GlobToken] = []
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                tokens.append(.literal(scalar))
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "*" {
                tokens.append(.anyRun)
            } else if scalar == "?" {
                tokens.append(.anyOne)
            } else {
                tokens.append(.literal(scalar))
            }
        }
        return .glob(tokens)
    }

    /// Whether a component glob matches a whole component name.
    private static func glob(_ tokens: [GlobToken], matches name: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = tokens.first else { return name.isEmpty }
        let rest = Array(tokens.dropFirst())
        switch first {
        case .anyRun:
            return (name.startIndex...name.endIndex).contains { glob(rest, matches: name[$0...]) }
        case .anyOne:
            return !name.isEmpty && glob(rest, matches: name.dropFirst())
        case .literal(let scalar):
            return name.first == scalar && glob(rest, matches: name.dropFirst())
        }
    }
}
