/// What calling a tool can do to the world.
public enum ToolEffect: String, Sendable, CaseIterable, Comparable {
    /// Reads private or customer data.
    case readsData = "reads_data"
    /// Writes or changes state.
    case writes
    /// Sends data outside (email, chat, HTTP, publishing).
    case communicatesExternally = "communicates_externally"
    /// Runs code (shell, interpreters).
    case executesCode = "executes_code"
    /// Deletes or destroys.
    case destructive
    /// Moves money.
    case movesMoney = "moves_money"

    public static func < (lhs: ToolEffect, rhs: ToolEffect) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A tool the agent declares in its manifest, with its effects and approval requirement.
public struct ToolDeclaration: Sendable {
    /// The tool's name.
    public let name: String
    /// Where the tool's entry starts.
    public let location: SourceLocation
    /// The MCP server that provides it, if named.
    public let server: String?
    /// Its declared effects, each where it was written.
    public let effects: [Located<ToolEffect>]
    /// The data classes it touches (`customer_pii`, `payment`, ...).
    public let dataClasses: [Located<String>]
    /// Whether a person must approve each call: `required` or `none` as written.
    public let approval: Located<String>?

    /// Creates a tool declaration.
    public init(
        name: String, location: SourceLocation, server: String? = nil, effects: [Located<ToolEffect>] = [],
        dataClasses: [Located<String>] = [], approval: Located<String>? = nil
    ) {
        self.name = name
        self.location = location
        self.server = server
        self.effects = effects
        self.dataClasses = dataClasses
        self.approval = approval
    }

    /// Whether the declaration lists `effect`.
    public func has(_ effect: ToolEffect) -> Bool { effects.contains { $0.value == effect } }

    /// Whether each call needs a person's approval.
    public var requiresApproval: Bool {
        guard let value = approval?.value.lowercased() else { return false }
        return value == "required" || value == "always" || value == "true"
    }
}
