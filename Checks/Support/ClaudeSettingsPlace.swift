import PreflightCore

/// Where a Claude Code setting that no settings file writes belongs.
enum ClaudeSettingsPlace {
    /// In the shared settings file (the first that is not `settings.local.json`, else the
    /// first of all): the first of `keys` written in that file, else where the file's
    /// settings start. Nil when the agent has no settings file.
    static func forMissing(_ settings: PermissionSettings, preferring keys: [[SourceLocation]] = []) -> SourceLocation? {
        let files = settings.settingsFiles.sorted()
        guard let file = files.first(where: { !$0.path.hasSuffix("settings.local.json") }) ?? files.first else { return nil }
        for candidates in keys {
            if let key = candidates.filter({ $0.path == file.path }).min() { return key }
        }
        return file
    }
}
