/// A kind of file Preflight reads.
public enum FileFormat: String, Sendable, CaseIterable, Comparable {
    /// Preflight's own manifest (`apiVersion: preflight/v1`).
    case preflightManifest = "preflight-manifest"
    /// An MCP client configuration (`.mcp.json`, `.vscode/mcp.json`, ...).
    case mcpConfiguration = "mcp-configuration"
    /// Claude Code settings (`.claude/settings.json`, `.claude/settings.local.json`).
    case claudeSettings = "claude-settings"
    /// A Compose file.
    case compose
    /// Kubernetes manifests.
    case kubernetes
    /// A CODEOWNERS file (`.github/`, the root or `docs/`).
    case codeOwners = "codeowners"
    /// A `SECURITY.md` vulnerability reporting policy.
    case securityPolicy = "security-policy"
    /// An incident runbook (`runbooks/*.md`, `RUNBOOK.md`, `incident-response.md`, ...).
    case incidentRunbook = "incident-runbook"
    /// `AGENTS.md` or a model or agent card.
    case agentDocumentation = "agent-documentation"
    /// A Dockerfile or Containerfile.
    case dockerfile
    /// An OpenTelemetry Collector configuration.
    case collectorConfiguration = "collector-configuration"
    /// A dotenv file (`.env`, `.env.local`, `.env.example`, `prod.env`).
    case dotEnv = "dotenv"
    /// A `.gitignore` file.
    case gitignore
    /// An A2A Agent Card (`.well-known/agent-card.json`, `.well-known/agent.json`).
    case agentCard = "a2a-agent-card"
    /// CrewAI agent and task declarations (`config/agents.yaml`, `config/tasks.yaml`,
    /// `agents/<name>.jsonc`, `crew.jsonc`).
    case crewAI = "crewai"
    /// A LangGraph deployment configuration (`langgraph.json`).
    case langGraph = "langgraph"
    /// A Codex CLI configuration (`.codex/config.toml`).
    case codexConfiguration = "codex-configuration"
    /// A Docker Agent configuration (`agent.yaml` with an `agents` mapping).
    case dockerAgent = "docker-agent"
    /// A Google ADK agent configuration (`root_agent.yaml` and the agent files it names).
    case adkAgent = "adk-agent"

    public static func < (lhs: FileFormat, rhs: FileFormat) -> Bool { lhs.rawValue < rhs.rawValue }
}
