/// A kind of file Preflight reads.
public enum FileFormat: String, Sendable, CaseIterable, Comparable {
    /// Preflight's own manifest (`apiVersion: preflight/v1`).
    case preflightManifest = "preflight-manifest"
    /// An MCP client configuration (`.mcp.json`, `.vscode/mcp.json`, ...).
    case mcpConfiguration = "mcp-configuration"
    /// Claude Code settings (`.claude/settings.json`, `.claude/settings.local.json`).
    case claudeSettings = "claude-settings"
    /// A Compose file.
    case compose
    /// Kubernetes manifests.
    case kubernetes

    public static func < (lhs: FileFormat, rhs: FileFormat) -> Bool { lhs.rawValue < rhs.rawValue }
}
