/// One agent of the scanned project: a directory, its name, and the facts read from its files.
public struct Agent: Sendable {
    /// The agent's name: the manifest's `metadata.name`, else its directory's name.
    public let name: String
    /// Its directory relative to the scanned root (`.` for the root itself).
    public let path: String
    /// What its files say.
    public let facts: AgentFacts
    /// The files read into it, relative to the scanned root, sorted.
    public let files: [String]
    /// Its files that could not be read or parsed.
    public let unreadable: [InputDiagnostic]
    /// The repository-wide files among `files` (CODEOWNERS, SECURITY.md, runbooks, .gitignore):
    /// evidence about the agent rather than its configuration. Sorted.
    public let repositoryFiles: [String]
    /// The OpenTelemetry (`OTEL_*`) variables of its runtime environment, in the order of
    /// ``AgentFacts/runtimeEnvironment``: picked out once for the observability checks.
    public let openTelemetryVariables: [EnvironmentVariable]

    /// Creates an agent.
    public init(name: String, path: String, facts: AgentFacts, files: [String], unreadable: [InputDiagnostic] = [],
                repositoryFiles: [String] = []) {
        self.name = name
        self.path = path
        self.facts = facts
        self.files = files
        self.unreadable = unreadable
        self.repositoryFiles = repositoryFiles
        openTelemetryVariables = facts.runtimeEnvironment.filter { $0.name.hasPrefix("OTEL_") }
    }

    /// The files that configure the agent: `files` without the repository-wide ones.
    public var configurationFiles: [String] {
        let evidence = Set(repositoryFiles)
        return files.filter { !evidence.contains($0) }
    }
}
