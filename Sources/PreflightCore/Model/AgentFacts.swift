/// Everything the readers learned about one agent, gathered from all of its files.
/// Checks read these facts, never the files.
public struct AgentFacts: Sendable {
    /// Where each Preflight manifest of the agent starts.
    public var manifests: [SourceLocation] = []
    /// Name, version and the identity the agent acts with.
    public var identity: Identity?
    /// Owner, contact, kill switch, runbook, reviewers, risk tier.
    public var governance: Governance?
    /// The declared policy: default decision, rules, limits.
    public var policy: Policy?
    /// The manifest's telemetry section.
    public var telemetry: Telemetry?
    /// The manifest's audit section.
    public var audit: AuditTrail?
    /// Models and prompts the agent depends on.
    public var artefacts: [ArtefactReference] = []
    /// Tools declared in the manifest.
    public var tools: [ToolDeclaration] = []
    /// MCP servers from every client configuration.
    public var mcpServers: [MCPServer] = []
    /// Permission rules from coding-agent settings.
    public var permissionRules: [PermissionRule] = []
    /// Client-wide permission switches.
    public var permissionSettings = PermissionSettings()
    /// Sandboxes declared for tool and code execution.
    public var sandboxes: [Sandbox] = []
    /// Containers and services the agent runs as.
    public var workloads: [Workload] = []
    /// Kubernetes network policies.
    public var networkPolicies: [NetworkPolicy] = []
    /// Kubernetes service accounts.
    public var serviceAccounts: [ServiceAccount] = []
    /// Environment set for the agent outside any workload (settings `env`, manifest).
    public var environment: [EnvironmentVariable] = []
    /// Hooks run on agent events.
    public var hooks: [ToolHook] = []
    /// A2A Agent Cards the agent publishes.
    public var agentCards: [AgentCard] = []
    /// Agents declared in agent-framework configurations (CrewAI, Google ADK, Docker Agent).
    public var frameworkAgents: [FrameworkAgent] = []
    /// Tasks declared in agent-framework configurations (CrewAI).
    public var frameworkTasks: [FrameworkTask] = []
    /// LangGraph deployment configurations (`langgraph.json`).
    public var langGraphDeployments: [LangGraphDeployment] = []
    /// What Codex CLI configurations set about its sandbox.
    public var codex = CodexSettings()
    /// Dockerfiles the agent's images are built from.
    public var containerBuilds: [ContainerBuild] = []
    /// OpenTelemetry Collector pipelines.
    public var collectorPipelines: [CollectorPipeline] = []
    /// OpenTelemetry Collector components, where each is defined.
    public var collectorComponents: [CollectorComponent] = []
    /// `.gitignore` files covering the agent.
    public var ignoreFiles: [IgnoreFile] = []

    /// Credentials found written in any file of the agent, whatever its format.
    public var secretFindings: [SecretFinding] = []

    /// Code owners, security policy, runbooks and agent documents covering the agent.
    public var repositoryEvidence = RepositoryEvidence()

    /// Creates empty facts.
    public init() {}

    /// Adds everything in `other`. A single-valued section already set stays as it is.
    public mutating func merge(_ other: AgentFacts) {
        manifests += other.manifests
        identity = identity ?? other.identity
        governance = governance ?? other.governance
        policy = policy ?? other.policy
        telemetry = telemetry ?? other.telemetry
        audit = audit ?? other.audit
        artefacts += other.artefacts
        tools += other.tools
        mcpServers += other.mcpServers
        permissionRules += other.permissionRules
        permissionSettings.merge(other.permissionSettings)
        sandboxes += other.sandboxes
        workloads += other.workloads
        networkPolicies += other.networkPolicies
        serviceAccounts += other.serviceAccounts
        environment += other.environment
        hooks += other.hooks
        agentCards += other.agentCards
        frameworkAgents += other.frameworkAgents
        frameworkTasks += other.frameworkTasks
        langGraphDeployments += other.langGraphDeployments
        codex.merge(other.codex)
        containerBuilds += other.containerBuilds
        collectorPipelines += other.collectorPipelines
        collectorComponents += other.collectorComponents
        ignoreFiles += other.ignoreFiles
        secretFindings += other.secretFindings
        repositoryEvidence.merge(other.repositoryEvidence)
    }

    /// The environment of the agent and of every workload.
    public var runtimeEnvironment: [EnvironmentVariable] {
        environment + workloads.flatMap(\.environment)
    }

    /// Every name–value setting that could hold a credential: runtime environment, MCP
    /// server environment and headers, Dockerfile `ENV` and `ARG` defaults.
    public var credentialSettings: [EnvironmentVariable] {
        runtimeEnvironment + mcpServers.flatMap { $0.environment + $0.headers } + containerBuilds.flatMap(\.environment)
    }

    /// Whether the agent has a Preflight manifest.
    public var hasManifest: Bool { !manifests.isEmpty }
}
