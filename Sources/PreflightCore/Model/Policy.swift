/// The agent's declared policy, from the manifest's `policies` section.
public struct Policy: Sendable {
    /// Where the `policies` section starts.
    public let location: SourceLocation
    /// `default: deny` or `default: allow`.
    public var defaultDecision: Located<String>?
    /// Per-tool rules.
    public var rules: [PermissionRule] = []
    /// Where `rateLimits` is set, with a summary of its values.
    public var rateLimit: Located<String>?
    /// Where `budget` is set, with a summary of its values.
    public var budget: Located<String>?
    /// Where `limits` is written, if it is.
    public var limitsLocation: SourceLocation?
    /// `limits.maxIterations`.
    public var maxIterations: Located<Int>?
    /// `limits.maxRuntimeSeconds`.
    public var maxRuntimeSeconds: Located<Int>?

    /// Creates a policy section starting at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
