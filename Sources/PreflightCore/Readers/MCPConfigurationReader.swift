import YAML

/// Reads MCP client configurations, recognised by path: Claude Code's `.mcp.json`,
/// VS Code's `.vscode/mcp.json`, Cursor's `.cursor/mcp.json`, Claude Desktop's
/// `claude_desktop_config.json`, Gemini CLI's `.gemini/settings.json` and Windsurf's
/// `mcp_config.json`. Unknown keys are accepted; a shape it does not understand is
/// reported as a warning saying what was expected.
struct MCPConfigurationReader: FormatReader {
    let format = FileFormat.mcpConfiguration

    func claims(_ file: PathName) -> Bool { MCPConfigurationReader.client(of: file) != nil }

    func agentRoot(of path: String) -> String? {
        let file = PathName(path)
        let directory = ProjectPath.directory(of: path)
        if [".vscode", ".cursor", ".gemini"].contains(file.folder) { return ProjectPath.directory(of: directory) }
        return MCPConfigurationReader.client(of: file) == nil ? nil : directory
    }

    /// The client whose configuration sits at `path`, if any.
    static func client(of path: String) -> MCPClient? { client(of: PathName(path)) }

    /// The client whose configuration sits at `file.path`, if any: judged by the file's name
    /// and its folder's name, already split.
    static func client(of file: PathName) -> MCPClient? {
        switch (file.folder, file.name) {
        case (_, ".mcp.json"): return .claudeCode
        case (_, "claude_desktop_config.json"): return .claudeDesktop
        case (_, "mcp_config.json"): return .windsurf
        case (".vscode", "mcp.json"): return .vscode
        case (".cursor", "mcp.json"): return .cursor
        case (".gemini", "settings.json"): return .gemini
        default: return nil
        }
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let client = MCPConfigurationReader.client(of: file.path) else { return }
        let rootKey = client == .vscode ? "servers" : "mcpServers"
        guard let root = file.documents.first, root.mapping != nil else {
            let start = file.documents.first.map { file.location($0) } ?? SourceLocation(path: file.path, line: 1, column: 1)
            diagnostics.append(InputDiagnostic("expected a JSON object with a '\(rootKey)' mapping of MCP servers; not read",
                                               at: start, kind: .warning))
            return
        }
        guard let section = root.pair(rootKey) else {
            if client != .gemini {
                diagnostics.append(InputDiagnostic("no '\(rootKey)' key: expected the \(client.rawValue) MCP servers under it",
                                                   at: file.location(root), kind: .warning))
            }
            return
        }
        guard let servers = section.value.mapping else {
            if !section.value.isNull {
                diagnostics.append(InputDiagnostic("'\(rootKey)' should map each server's name to its settings; not read",
                                                   at: file.location(section.key), kind: .warning))
            }
            return
        }
        for pair in servers {
            guard let name = pair.key.string else { continue }
            if let server = server(named: name, pair.value, at: file.location(pair.key), client: client, file: file,
                                   diagnostics: &diagnostics) {
                facts.mcpServers.append(server)
            }
        }
    }

    /// One server entry, or nil (with a warning) when it is neither a local nor a remote server.
    private func server(
        named name: String, _ node: YAMLNode, at location: SourceLocation, client: MCPClient, file: LoadedFile,
        diagnostics: inout [InputDiagnostic]
    ) -> MCPServer? {
        guard node.mapping != nil else {
            diagnostics.append(InputDiagnostic("MCP server '\(name)' should be an object with 'command' or 'url'; ignored",
                                               at: location, kind: .warning))
            return nil
        }
        let command = value("command", in: node, file: file)
        let url = value("url", in: node, file: file) ?? value("serverUrl", in: node, file: file)
            ?? value("httpUrl", in: node, file: file)
        guard command != nil || url != nil else {
            diagnostics.append(InputDiagnostic("MCP server '\(name)' has neither 'command' nor a URL; ignored",
                                               at: location, kind: .warning))
            return nil
        }
        return MCPServer(
            name: name, location: location, client: client,
            transport: transport(of: node, client: client, local: command != nil, url: url?.value),
            command: command, arguments: file.strings("args", in: node),
            environment: file.variables(node["env"], origin: "MCP server \"\(name)\" env"),
            url: url, headers: file.variables(node["headers"], origin: "MCP server \"\(name)\" headers"),
            trust: file.bool("trust", in: node), sandboxEnabled: file.bool("sandboxEnabled", in: node),
            disabled: node["disabled"]?.bool ?? false)
    }

    /// How the client reaches the server: a `command` is a local process; otherwise the
    /// declared `type`, Gemini's `httpUrl` (HTTP) or `url` (SSE), or a URL path ending in `/sse`.
    private func transport(of node: YAMLNode, client: MCPClient, local: Bool, url: String?) -> MCPTransport {
        if local { return .stdio }
        if let type = node["type"]?.string?.lowercased() {
            if type.containsASCII("sse") { return .sse }
            if type.containsASCII("http") { return .http }
        }
        if client == .gemini { return node["httpUrl"] != nil ? .http : .sse }
        let path = url?.split(separator: "?").first.map(String.init) ?? ""
        return path.hasSuffix("/sse") || path.hasSuffix("/sse/") ? .sse : .http
    }

    /// The scalar under `key`, located at the value rather than the key.
    private func value(_ key: String, in node: YAMLNode, file: LoadedFile) -> Located<String>? {
        guard let value = node[key], let text = value.string, !value.isNull else { return nil }
        return Located(text, at: file.location(value))
    }
}
