/// The application that reads an MCP client configuration.
public enum MCPClient: String, Sendable, CaseIterable {
    /// Claude Code's project `.mcp.json`.
    case claudeCode = "Claude Code"
    /// Claude Desktop's `claude_desktop_config.json`.
    case claudeDesktop = "Claude Desktop"
    /// VS Code's `.vscode/mcp.json`.
    case vscode = "VS Code"
    /// Cursor's `.cursor/mcp.json`.
    case cursor = "Cursor"
    /// Gemini CLI's `.gemini/settings.json`.
    case gemini = "Gemini CLI"
    /// Windsurf's `mcp_config.json`.
    case windsurf = "Windsurf"
    /// Codex CLI's `.codex/config.toml`.
    case codex = "Codex CLI"
}

/// How a client talks to an MCP server.
public enum MCPTransport: String, Sendable {
    /// A local process over standard input and output.
    case stdio
    /// Streamable HTTP.
    case http
    /// Server-sent events.
    case sse
}

/// An MCP server declared in a client configuration: a tool provider the agent can call.
public struct MCPServer: Sendable {
    /// The server's name in the configuration.
    public let name: String
    /// Where the server's entry starts (its key).
    public let location: SourceLocation
    /// Which client's configuration declared it.
    public let client: MCPClient
    /// How the client reaches it.
    public let transport: MCPTransport
    /// The launcher for a local server (`npx`, `uvx`, `docker`, a path).
    public let command: Located<String>?
    /// The launcher's arguments, each where it was written.
    public let arguments: [Located<String>]
    /// Environment passed to a local server.
    public let environment: [EnvironmentVariable]
    /// The endpoint of a remote server.
    public let url: Located<String>?
    /// Headers sent to a remote server.
    public let headers: [EnvironmentVariable]
    /// Gemini CLI's `trust`: true skips every confirmation for this server's tools.
    public let trust: Located<Bool>?
    /// VS Code's `sandboxEnabled` for a local server.
    public let sandboxEnabled: Located<Bool>?
    /// Whether the configuration disables the server.
    public let disabled: Bool

    /// Creates a server.
    public init(
        name: String, location: SourceLocation, client: MCPClient, transport: MCPTransport,
        command: Located<String>? = nil, arguments: [Located<String>] = [], environment: [EnvironmentVariable] = [],
        url: Located<String>? = nil, headers: [EnvironmentVariable] = [], trust: Located<Bool>? = nil,
        sandboxEnabled: Located<Bool>? = nil, disabled: Bool = false
    ) {
        self.name = name
        self.location = location
        self.client = client
        self.transport = transport
        self.command = command
        self.arguments = arguments
        self.environment = environment
        self.url = url
        self.headers = headers
        self.trust = trust
        self.sandboxEnabled = sandboxEnabled
        self.disabled = disabled
    }

    /// The launcher's base name (`npx` for `/usr/local/bin/npx`), lower-cased.
    public var launcher: String? {
        command.map { command in
            ASCIIText.split(command.value[...], separator: "/").last.map(String.init)?.lowercased() ?? command.value
        }
    }
}
