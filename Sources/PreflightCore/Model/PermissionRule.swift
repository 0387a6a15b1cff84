import Foundation

/// What a permission rule decides.
public enum PermissionDecision: String, Sendable {
    /// The call goes ahead without asking.
    case allow
    /// A person is asked first.
    case ask
    /// The call is refused.
    case deny
}

/// One permission rule, such as Claude Code's `Bash(npm run test:*)` in `permissions.allow`,
/// or a per-tool rule in the manifest's policies.
public struct PermissionRule: Sendable {
    /// What the rule decides.
    public let decision: PermissionDecision
    /// The rule as written.
    public let rule: String
    /// The tool it names (`Bash`, `Read`, `mcp__github__get_issue`).
    public let tool: String
    /// The specifier in parentheses, if any (`npm run test:*`).
    public let specifier: String?
    /// Where the rule was written.
    public let location: SourceLocation

    /// Creates a rule, splitting `Tool(specifier)`.
    public init(decision: PermissionDecision, rule: String, location: SourceLocation) {
        self.decision = decision
        self.rule = rule
        self.location = location
        if let open = PermissionRule.openingParenthesis(of: rule) {
            tool = String(rule[..<open]).trimmingWhitespace()
            specifier = String(rule[rule.index(after: open)..<rule.index(before: rule.endIndex)])
        } else {
            tool = rule.trimmingWhitespace()
            specifier = nil
        }
    }

    /// Where the specifier's `(` is when `rule` ends with `)`: the first `(` Character.
    private static func openingParenthesis(of rule: String) -> String.Index? {
        guard rule.hasSuffix(")") else { return nil }
        return ASCIIText.firstIndex(of: "(", in: rule[...])
    }

    /// Whether the rule covers every use of its tool: `Bash`, `Bash(*)`, `Edit(**)`, or a
    /// whole MCP server (`mcp__github`, `mcp__github__*`).
    public var isBlanket: Bool {
        if let specifier {
            let trimmed = specifier.trimmingWhitespace()
            return trimmed.isEmpty || trimmed == "*" || trimmed == "**" || trimmed == "/**" || trimmed == "./**"
        }
        if tool.hasPrefix("mcp__") {
            let server = tool.dropFirst(5)
            if let whole = PermissionRule.namesWholeServer(server) { return whole }
            let parts = server.components(separatedBy: "__")
            return parts.count == 1 || parts.last == "*"
        }
        return true
    }

    /// Whether `server`, what follows `mcp__`, names no tool or `*`: its parts between `__`s, as
    /// Foundation's `components(separatedBy:)` finds them left to right, are one, or end with
    /// `*`. In ASCII text Foundation compares bytes, so the bytes are searched; nil for other text.
    static func namesWholeServer(_ server: Substring) -> Bool? {
        var copy = server
        return copy.withUTF8 { bytes -> Bool? in
            guard bytes.isASCII else { return nil }
            let separator = UInt8(ascii: "_")
            var lastPart = 0
            var index = 0
            while index + 1 < bytes.count {
                if bytes[index] == separator && bytes[index + 1] == separator {
                    index += 2
                    lastPart = index
                } else {
                    index += 1
                }
            }
            return lastPart == 0 || (bytes.count - lastPart == 1 && bytes[lastPart] == UInt8(ascii: "*"))
        }
    }
}
