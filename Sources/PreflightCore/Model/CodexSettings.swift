/// What Codex CLI configurations (`.codex/config.toml`) set about the sandbox its commands
/// run in, at the top level and in every profile. Codex's approval policy is kept with the
/// other clients' switches in ``PermissionSettings/approvalPolicies``.
public struct CodexSettings: Sendable {
    /// Where each Codex configuration starts.
    public var configurations: [SourceLocation] = []
    /// `sandbox_mode` values (`read-only`, `workspace-write`, `danger-full-access`), each
    /// located at its key.
    public var sandboxModes: [Located<String>] = []
    /// `[sandbox_workspace_write] network_access` values, each located at its key.
    public var networkAccess: [Located<Bool>] = []

    /// Creates empty settings.
    public init() {}

    /// Appends every occurrence in `other`.
    public mutating func merge(_ other: CodexSettings) {
        configurations += other.configurations
        sandboxModes += other.sandboxModes
        networkAccess += other.networkAccess
    }
}
