/// The agent framework whose configuration declared an agent.
public enum AgentFramework: String, Sendable, CaseIterable {
    /// CrewAI (`config/agents.yaml`, `agents/<name>.jsonc`).
    case crewAI = "CrewAI"
    /// Google's Agent Development Kit (`root_agent.yaml`).
    case adk = "Google ADK"
    /// Docker Agent (`agent.yaml` with an `agents` mapping).
    case dockerAgent = "Docker Agent"
}

/// An agent declared in an agent framework's configuration: what it may do (delegate, run
/// code, call tools) and the bounds set on its runs.
public struct FrameworkAgent: Sendable {
    /// Whether and how the agent runs code it writes.
    public struct CodeExecution: Sendable {
        /// Whether it may run code: CrewAI `allow_code_execution`, or a Docker Agent `shell`
        /// toolset (located at its `type` key).
        public var allowed: Located<Bool>?
        /// CrewAI `code_execution_mode`: `safe` (in Docker, the default) or `unsafe` (on the host).
        public var mode: Located<String>?
        /// Docker Agent `runtime.sandbox`: true runs the whole agent in a sandbox VM.
        public var sandboxed: Located<Bool>?

        /// Creates settings that allow nothing.
        public init() {}
    }

    /// The framework that declared it.
    public let framework: AgentFramework
    /// Its name (the key it is declared under, or the file's name).
    public let name: String
    /// Where its declaration starts (its key, or the start of its own file).
    public let location: SourceLocation
    /// CrewAI `role`, or the agent's `description`.
    public var role: Located<String>?
    /// ADK `agent_class` (`LlmAgent` when absent, `LoopAgent`, `SequentialAgent`, ...).
    public var agentClass: Located<String>?
    /// CrewAI `allow_delegation`.
    public var delegation: Located<Bool>?
    /// Whether and how it runs code.
    public var codeExecution = CodeExecution()
    /// CrewAI `max_iter`, Docker Agent and ADK `max_iterations`.
    public var maxIterations: Located<Int>?
    /// CrewAI `max_execution_time`, in seconds.
    public var maxExecutionTimeSeconds: Located<Int>?
    /// CrewAI `max_rpm`.
    public var maxRequestsPerMinute: Located<Int>?
    /// Its tools (CrewAI tool names, ADK tool names, Docker Agent toolset types), each where written.
    public var tools: [Located<String>] = []
    /// The agents it delegates to (names, or ADK `config_path`s), each where written.
    public var subAgents: [Located<String>] = []

    /// Creates an agent declaration.
    public init(framework: AgentFramework, name: String, location: SourceLocation) {
        self.framework = framework
        self.name = name
        self.location = location
    }
}
