/// Every format reader, in the order they are asked to claim a file.
enum ReaderRegistry {
    static let readers: [any FormatReader] = [
        ManifestReader(),
        ComposeReader(),
        KubernetesReader(),
        MCPConfigurationReader(),
        ClaudeSettingsReader(),
    ]
}
