/// A sandbox declared for the agent's tool or code execution: Claude Code's `sandbox`,
/// the manifest's `runtime.sandbox`, and the like.
public struct Sandbox: Sendable {
    /// Which file and key declared it, for messages (`Claude Code sandbox`, `manifest runtime`).
    public let origin: String
    /// Where the declaration starts.
    public let location: SourceLocation
    /// Whether it is switched on (`enabled: true`, or a named kind other than `none`).
    public var enabled: Located<Bool>?
    /// The kind named in the manifest (`gvisor`, `firecracker`, `container`, `none`).
    public var kind: Located<String>?
    /// Claude Code `failIfUnavailable`: true refuses to run unsandboxed.
    public var failIfUnavailable: Located<Bool>?
    /// Claude Code `allowUnsandboxedCommands`: true lets commands escape the sandbox.
    public var allowUnsandboxedCommands: Located<Bool>?
    /// Domains network access is limited to; empty when none are listed.
    public var allowedDomains: [Located<String>] = []
    /// The manifest's `runtime.network` (`restricted`, `none`, `open`).
    public var network: Located<String>?
    /// Whether it wraps only the shell commands a coding agent runs (Claude Code's sandbox)
    /// rather than the whole agent process and every server it launches.
    public var coversShellCommandsOnly = false

    /// Creates a sandbox declaration.
    public init(origin: String, location: SourceLocation) {
        self.origin = origin
        self.location = location
    }
}
