import YAML

/// Reads Claude Code settings: `.claude/settings.json`, `.claude/settings.local.json` and
/// `managed-settings.json`. It takes the permission rules and switches, the `sandbox`,
/// the `hooks` and the `env`; other keys are accepted and ignored.
struct ClaudeSettingsReader: FormatReader {
    let format = FileFormat.claudeSettings

    func claims(_ file: PathName) -> Bool {
        if file.name == "managed-settings.json" { return true }
        return (file.name == "settings.json" || file.name == "settings.local.json") && file.folder == ".claude"
    }

    func agentRoot(of path: String) -> String? { ProjectPath.project(of: path, inFolder: ".claude") }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first, root.mapping != nil else {
            let start = file.documents.first.map { file.location($0) } ?? SourceLocation(path: file.path, line: 1, column: 1)
            diagnostics.append(InputDiagnostic("expected a JSON object of Claude Code settings; not read", at: start, kind: .warning))
            return
        }
        facts.permissionSettings.settingsFiles.append(file.location(root))
        readPermissions(root, file: file, into: &facts, diagnostics: &diagnostics)
        if let enableAll = file.bool("enableAllProjectMcpServers", in: root) {
            facts.permissionSettings.enableAllProjectMCPServers.append(enableAll)
        }
        if let location = file.location(ofKey: "sandbox", in: root) {
            let section = root["sandbox"]
            var sandbox = Sandbox(origin: "Claude Code sandbox", location: location)
            sandbox.coversShellCommandsOnly = true
            sandbox.enabled = file.bool("enabled", in: section)
            sandbox.failIfUnavailable = file.bool("failIfUnavailable", in: section)
            sandbox.allowUnsandboxedCommands = file.bool("allowUnsandboxedCommands", in: section)
            sandbox.allowedDomains = file.strings("allowedDomains", in: section?["network"])
            facts.sandboxes.append(sandbox)
        }
        readHooks(root, file: file, into: &facts, diagnostics: &diagnostics)
        facts.environment += file.variables(root["env"], origin: "Claude Code settings env")
    }

    /// `permissions`: the allow, ask and deny rules, `defaultMode` and `disableBypassPermissionsMode`.
    private func readPermissions(_ root: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let section = root.pair("permissions") else { return }
        guard section.value.mapping != nil else {
            diagnostics.append(InputDiagnostic("'permissions' should be an object with allow, ask and deny lists; not read",
                                               at: file.location(section.key), kind: .warning))
            return
        }
        let permissions = section.value
        facts.permissionSettings.permissionSections.append(file.location(section.key))
        if let deny = file.location(ofKey: "deny", in: permissions) {
            facts.permissionSettings.denyLists.append(deny)
        }
        for decision in [PermissionDecision.allow, .ask, .deny] {
            guard let list = permissions.pair(decision.rawValue) else { continue }
            guard let items = list.value.sequence else {
                diagnostics.append(InputDiagnostic("'permissions.\(decision.rawValue)' should be a list of rules; not read",
                                                   at: file.location(list.key), kind: .warning))
                continue
            }
            for item in items {
                guard let rule = item.string, !item.isNull else { continue }
                facts.permissionRules.append(PermissionRule(decision: decision, rule: rule, location: file.location(item)))
            }
        }
        if let mode = file.string("defaultMode", in: permissions) {
            facts.permissionSettings.defaultModes.append(mode)
        }
        if let disable = file.string("disableBypassPermissionsMode", in: permissions) {
            facts.permissionSettings.disableBypassMode.append(disable)
        }
    }

    /// `hooks`: `{Event: [{matcher, hooks: [{type, command}]}]}`, one ``ToolHook`` per command hook.
    private func readHooks(_ root: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let section = root.pair("hooks") else { return }
        guard let events = section.value.mapping else {
            diagnostics.append(InputDiagnostic("'hooks' should map each event to a list of matchers; not read",
                                               at: file.location(section.key), kind: .warning))
            return
        }
        for event in events {
            guard let name = event.key.string else { continue }
            for group in event.value.sequence ?? [] {
                let matcher = group["matcher"]?.string ?? ""
                for hook in group["hooks"]?.sequence ?? [] {
                    guard let command = hook["command"]?.string, !command.isEmpty else { continue }
                    facts.hooks.append(ToolHook(event: name, matcher: matcher, command: command, location: file.location(hook)))
                }
            }
        }
    }
}
