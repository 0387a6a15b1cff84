/// Every format reader, in the order they are asked to claim a file.
enum ReaderRegistry {
    static let readers: [any FormatReader] = [
        ManifestReader(),
        ComposeReader(),
        KubernetesReader(),
        MCPConfigurationReader(),
        ClaudeSettingsReader(),
        CodeOwnersReader(),
        SecurityPolicyReader(),
        AgentDocumentationReader(),
        RunbookReader(),
        DockerfileReader(),
        CollectorConfigurationReader(),
        DotEnvReader(),
        GitignoreReader(),
        AgentCardReader(),
        CrewAIReader(),
        LangGraphReader(),
        CodexConfigurationReader(),
        DockerAgentReader(),
        ADKAgentReader(),
    ]
}
