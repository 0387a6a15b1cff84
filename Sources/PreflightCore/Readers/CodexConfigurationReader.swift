import YAML

/// Reads Codex CLI's project configuration, `.codex/config.toml` (TOML, parsed by
/// ``TOMLParser``): `[mcp_servers.<name>]` (`command`, `args`, `env`, `url`,
/// `http_headers`, `enabled`) as MCP servers, `approval_policy` as a permission switch,
/// and `sandbox_mode` with `[sandbox_workspace_write] network_access` as sandbox settings,
/// at the top level and in every `[profiles.<name>]`. The agent's root is the directory
/// holding `.codex`.
struct CodexConfigurationReader: FormatReader {
    let format = FileFormat.codexConfiguration
    let syntax = FileSyntax.toml

    /// The `approval_policy` values Codex accepts.
    static let approvalPolicies: Set<String> = ["untrusted", "on-request", "on-failure", "never"]
    /// The `sandbox_mode` values Codex accepts.
    static let sandboxModes: Set<String> = ["read-only", "workspace-write", "danger-full-access"]

    func claims(_ file: PathName) -> Bool { file.name == "config.toml" && file.folder == ".codex" }

    func agentRoot(of path: String) -> String? { ProjectPath.project(of: path, inFolder: ".codex") }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first else { return }
        facts.codex.configurations.append(file.location(root))
        readSwitches(root, file: file, into: &facts, diagnostics: &diagnostics)
        for profile in root["profiles"]?.mapping ?? [] where profile.value.mapping != nil {
            readSwitches(profile.value, file: file, into: &facts, diagnostics: &diagnostics)
        }
        guard let section = root.pair("mcp_servers") else { return }
        guard let servers = section.value.mapping else {
            diagnostics.append(InputDiagnostic("'mcp_servers' should be a table of servers ([mcp_servers.<name>]); not read",
                                               at: file.location(section.key), kind: .warning))
            return
        }
        for pair in servers {
            guard let name = pair.key.string else { continue }
            if let server = server(named: name, pair.value, at: file.location(pair.key), file: file, diagnostics: &diagnostics) {
                facts.mcpServers.append(server)
            }
        }
    }

    /// `approval_policy`, `sandbox_mode` and `[sandbox_workspace_write] network_access` in
    /// the top-level table or a profile.
    private func readSwitches(_ table: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        if let policy = file.string("approval_policy", in: table) {
            if !CodexConfigurationReader.approvalPolicies.contains(policy.value) {
                diagnostics.append(InputDiagnostic(
                    "approval_policy '\(policy.value)' is not one of untrusted, on-request, on-failure, never",
                    at: policy.location, kind: .warning))
            }
            facts.permissionSettings.approvalPolicies.append(policy)
        }
        if let mode = file.string("sandbox_mode", in: table) {
            if !CodexConfigurationReader.sandboxModes.contains(mode.value) {
                diagnostics.append(InputDiagnostic(
                    "sandbox_mode '\(mode.value)' is not one of read-only, workspace-write, danger-full-access",
                    at: mode.location, kind: .warning))
            }
            facts.codex.sandboxModes.append(mode)
        }
        if let network = file.bool("network_access", in: table["sandbox_workspace_write"]) {
            facts.codex.networkAccess.append(network)
        }
    }

    /// One `[mcp_servers.<name>]` table, or nil (with a warning) without `command` or `url`.
    private func server(
        named name: String, _ node: YAMLNode, at location: SourceLocation, file: LoadedFile, diagnostics: inout [InputDiagnostic]
    ) -> MCPServer? {
        let command = value("command", in: node, file: file)
        let url = value("url", in: node, file: file)
        guard node.mapping != nil, command != nil || url != nil else {
            diagnostics.append(InputDiagnostic("MCP server '\(name)' has neither 'command' nor 'url'; ignored", at: location, kind: .warning))
            return nil
        }
        return MCPServer(
            name: name, location: location, client: .codex, transport: command != nil ? .stdio : .http,
            command: command, arguments: file.strings("args", in: node),
            environment: file.variables(node["env"], origin: "MCP server \"\(name)\" env"),
            url: url, headers: file.variables(node["http_headers"], origin: "MCP server \"\(name)\" headers"),
            disabled: node["enabled"]?.bool == false)
    }

    /// The scalar under `key`, located at the value.
    private func value(_ key: String, in node: YAMLNode, file: LoadedFile) -> Located<String>? {
        guard let value = node[key], let text = value.string, !value.isNull else { return nil }
        return Located(text, at: file.location(value))
    }
}
