/// Everything the readers learned about one agent, gathered from all of its files.
/// Checks read these facts, never the files.
public struct AgentFacts: Sendable {
    /// Where each Preflight manifest of the agent starts.
    public var manifests: [SourceLocation] = []
    /// Name, version and the identity the agent acts with.
    public var identity: Identity? {
        get { sections.identity }
        set { uniqueSections().identity = newValue }
    }
    /// Owner, contact, kill switch, runbook, reviewers, risk tier.
    public var governance: Governance? {
        get { sections.governance }
        set { uniqueSections().governance = newValue }
    }
    /// The declared policy: default decision, rules, limits.
    public var policy: Policy? {
        get { sections.policy }
        set { uniqueSections().policy = newValue }
    }
    /// The manifest's telemetry section.
    public var telemetry: Telemetry? {
        get { sections.telemetry }
        set { uniqueSections().telemetry = newValue }
    }
    /// The manifest's audit section.
    public var audit: AuditTrail? {
        get { sections.audit }
        set { uniqueSections().audit = newValue }
    }
    /// The five sections above, kept out of line (see ``ManifestSections``) and shared by
    /// copies until one of them changes.
    private var sections = ManifestSections.none
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
        AgentFacts.append(other.manifests, to: &manifests)
        // Each section written only when it is taken: a write copies a shared box.
        if identity == nil, let section = other.identity { identity = section }
        if governance == nil, let section = other.governance { governance = section }
        if policy == nil, let section = other.policy { policy = section }
        if telemetry == nil, let section = other.telemetry { telemetry = section }
        if audit == nil, let section = other.audit { audit = section }
        AgentFacts.append(other.artefacts, to: &artefacts)
        AgentFacts.append(other.tools, to: &tools)
        AgentFacts.append(other.mcpServers, to: &mcpServers)
        AgentFacts.append(other.permissionRules, to: &permissionRules)
        permissionSettings.merge(other.permissionSettings)
        AgentFacts.append(other.sandboxes, to: &sandboxes)
        AgentFacts.append(other.workloads, to: &workloads)
        AgentFacts.append(other.networkPolicies, to: &networkPolicies)
        AgentFacts.append(other.serviceAccounts, to: &serviceAccounts)
        AgentFacts.append(other.environment, to: &environment)
        AgentFacts.append(other.hooks, to: &hooks)
        AgentFacts.append(other.agentCards, to: &agentCards)
        AgentFacts.append(other.frameworkAgents, to: &frameworkAgents)
        AgentFacts.append(other.frameworkTasks, to: &frameworkTasks)
        AgentFacts.append(other.langGraphDeployments, to: &langGraphDeployments)
        codex.merge(other.codex)
        AgentFacts.append(other.containerBuilds, to: &containerBuilds)
        AgentFacts.append(other.collectorPipelines, to: &collectorPipelines)
        AgentFacts.append(other.collectorComponents, to: &collectorComponents)
        AgentFacts.append(other.ignoreFiles, to: &ignoreFiles)
        AgentFacts.append(other.secretFindings, to: &secretFindings)
        repositoryEvidence.merge(other.repositoryEvidence)
    }

    /// The sections' box, copied first if another value shares it.
    private mutating func uniqueSections() -> ManifestSections {
        if !isKnownUniquelyReferenced(&sections) { sections = sections.copy() }
        return sections
    }

    /// Appends `items` to `list`, or makes `list` share `items`' storage when it is empty
    /// (as it is for most sections, each filled by one kind of file), so that nothing is copied.
    private static func append<Item>(_ items: [Item], to list: inout [Item]) {
        if list.isEmpty { list = items } else { list += items }
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
