/// Each fact of ``AgentFacts`` read straight off the agent: `agent.mcpServers` reads
/// `facts.mcpServers`, without copying the other facts.
extension Agent {
    /// ``AgentFacts/manifests``.
    public var manifests: [SourceLocation] { facts.manifests }
    /// ``AgentFacts/identity``.
    public var identity: Identity? { facts.identity }
    /// ``AgentFacts/governance``.
    public var governance: Governance? { facts.governance }
    /// ``AgentFacts/policy``.
    public var policy: Policy? { facts.policy }
    /// ``AgentFacts/telemetry``.
    public var telemetry: Telemetry? { facts.telemetry }
    /// ``AgentFacts/audit``.
    public var audit: AuditTrail? { facts.audit }
    /// ``AgentFacts/artefacts``.
    public var artefacts: [ArtefactReference] { facts.artefacts }
    /// ``AgentFacts/tools``.
    public var tools: [ToolDeclaration] { facts.tools }
    /// ``AgentFacts/mcpServers``.
    public var mcpServers: [MCPServer] { facts.mcpServers }
    /// ``AgentFacts/permissionRules``.
    public var permissionRules: [PermissionRule] { facts.permissionRules }
    /// ``AgentFacts/permissionSettings``.
    public var permissionSettings: PermissionSettings { facts.permissionSettings }
    /// ``AgentFacts/sandboxes``.
    public var sandboxes: [Sandbox] { facts.sandboxes }
    /// ``AgentFacts/workloads``.
    public var workloads: [Workload] { facts.workloads }
    /// ``AgentFacts/networkPolicies``.
    public var networkPolicies: [NetworkPolicy] { facts.networkPolicies }
    /// ``AgentFacts/serviceAccounts``.
    public var serviceAccounts: [ServiceAccount] { facts.serviceAccounts }
    /// ``AgentFacts/environment``.
    public var environment: [EnvironmentVariable] { facts.environment }
    /// ``AgentFacts/hooks``.
    public var hooks: [ToolHook] { facts.hooks }
    /// ``AgentFacts/agentCards``.
    public var agentCards: [AgentCard] { facts.agentCards }
    /// ``AgentFacts/frameworkAgents``.
    public var frameworkAgents: [FrameworkAgent] { facts.frameworkAgents }
    /// ``AgentFacts/frameworkTasks``.
    public var frameworkTasks: [FrameworkTask] { facts.frameworkTasks }
    /// ``AgentFacts/langGraphDeployments``.
    public var langGraphDeployments: [LangGraphDeployment] { facts.langGraphDeployments }
    /// ``AgentFacts/codex``.
    public var codex: CodexSettings { facts.codex }
    /// ``AgentFacts/containerBuilds``.
    public var containerBuilds: [ContainerBuild] { facts.containerBuilds }
    /// ``AgentFacts/collectorPipelines``.
    public var collectorPipelines: [CollectorPipeline] { facts.collectorPipelines }
    /// ``AgentFacts/collectorComponents``.
    public var collectorComponents: [CollectorComponent] { facts.collectorComponents }
    /// ``AgentFacts/ignoreFiles``.
    public var ignoreFiles: [IgnoreFile] { facts.ignoreFiles }
    /// ``AgentFacts/secretFindings``.
    public var secretFindings: [SecretFinding] { facts.secretFindings }
    /// ``AgentFacts/repositoryEvidence``.
    public var repositoryEvidence: RepositoryEvidence { facts.repositoryEvidence }
    /// ``AgentFacts/runtimeEnvironment``.
    public var runtimeEnvironment: [EnvironmentVariable] { facts.runtimeEnvironment }
    /// ``AgentFacts/credentialSettings``.
    public var credentialSettings: [EnvironmentVariable] { facts.credentialSettings }
    /// ``AgentFacts/hasManifest``.
    public var hasManifest: Bool { facts.hasManifest }
}
