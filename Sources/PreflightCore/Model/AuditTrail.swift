import Foundation

/// The manifest's `audit` section: where each action is recorded and how it is kept.
public struct AuditTrail: Sendable {
    /// Where the section starts.
    public let location: SourceLocation
    /// `sink`: where records go.
    public var sink: Located<String>?
    /// `retentionDays`.
    public var retentionDays: Located<Int>?
    /// `tamperEvidence` (`hash-chain`, `worm`, `signed`, `none`).
    public var tamperEvidence: Located<String>?
    /// `fields`: what each record holds.
    public var fields: [Located<String>] = []
    /// Where `fields` is written, if it is.
    public var fieldsLocation: SourceLocation?

    /// Creates a section starting at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }

    /// Whether `fields` names `field` (case and `_`/`-` insensitive).
    public func records(_ field: String) -> Bool {
        let wanted = AuditTrail.normalise(field)
        return fields.contains { AuditTrail.normalise($0.value) == wanted }
    }

    /// Whether `fields` names any of `names`, as ``records(_:)`` would find one: each field is
    /// normalised once rather than once for every name.
    public func records(anyOf names: [String]) -> Bool {
        let recorded = fields.map { AuditTrail.normalise($0.value) }
        return names.contains { recorded.contains(AuditTrail.normalise($0)) }
    }

    /// `text` lower-cased, without `_`, `-` and `.`. ASCII text, where lower-casing changes
    /// only capitals and each of those characters is one byte, is normalised on its bytes.
    static func normalise(_ text: String) -> String {
        var copy = text
        if let ascii = copy.withUTF8({ bytes -> String? in
            guard bytes.isASCII else { return nil }
            let kept = bytes.lazy.filter { $0 != UInt8(ascii: "_") && $0 != UInt8(ascii: "-") && $0 != UInt8(ascii: ".") }
            return String(decoding: ByteSearch.lowercased(kept), as: UTF8.self)
        }) {
            return ascii
        }
        return text.lowercased().filter { $0 != "_" && $0 != "-" && $0 != "." }
    }
}

/// A hook that runs on an agent event, such as Claude Code's `PreToolUse`.
public struct ToolHook: Sendable {
    /// The event (`PreToolUse`, `PostToolUse`, `Stop`...).
    public let event: String
    /// The tool matcher (`*`, `Bash|Edit`, empty for all).
    public let matcher: String
    /// The command it runs.
    public let command: String
    /// Where the hook is declared.
    public let location: SourceLocation

    /// Creates a hook.
    public init(event: String, matcher: String, command: String, location: SourceLocation) {
        self.event = event
        self.matcher = matcher
        self.command = command
        self.location = location
    }

    /// Whether the matcher selects every tool.
    public var matchesEveryTool: Bool {
        let trimmed = matcher.trimmingWhitespace()
        return trimmed.isEmpty || trimmed == "*" || trimmed == ".*"
    }
}
