/// Client-wide permission switches, as coding agents' settings files write them.
/// Every occurrence is kept, so a personal file that loosens a team file is seen.
public struct PermissionSettings: Sendable {
    /// Claude Code `permissions.defaultMode` values (`default`, `acceptEdits`, `plan`,
    /// `auto`, `dontAsk`, `bypassPermissions`).
    public var defaultModes: [Located<String>] = []
    /// Claude Code `permissions.disableBypassPermissionsMode` values (`disable` forbids bypass).
    public var disableBypassMode: [Located<String>] = []
    /// Claude Code `enableAllProjectMcpServers` values: true approves every project MCP server unseen.
    public var enableAllProjectMCPServers: [Located<Bool>] = []
    /// Codex CLI `approval_policy` values (`untrusted`, `on-request`, `on-failure`, `never`),
    /// top level and in every profile, each located at its key.
    public var approvalPolicies: [Located<String>] = []
    /// Where each settings file that could hold permissions starts, for pointing at when a
    /// setting is missing.
    public var settingsFiles: [SourceLocation] = []
    /// Where each `permissions` key is written.
    public var permissionSections: [SourceLocation] = []
    /// Where each `permissions.deny` key is written.
    public var denyLists: [SourceLocation] = []

    /// Creates empty settings.
    public init() {}

    /// Appends every occurrence in `other`.
    public mutating func merge(_ other: PermissionSettings) {
        defaultModes += other.defaultModes
        disableBypassMode += other.disableBypassMode
        enableAllProjectMCPServers += other.enableAllProjectMCPServers
        approvalPolicies += other.approvalPolicies
        settingsFiles += other.settingsFiles
        permissionSections += other.permissionSections
        denyLists += other.denyLists
    }
}
