/// Builds one agent from the outcomes of the files that belong to it (see ``AgentLayout``)
/// and of the repository-wide files that cover it (see ``RepositoryFiles``).
enum AgentAssembler {
    /// The agent at `root`, or nil when none of its own files was read or failed to read
    /// (a directory of skipped files is no agent). `own` and `covering` are in path order;
    /// `rootName` names the agent at the scanned root when no manifest does.
    static func agent(root: String, own: [FileOutcome], covering: [FileOutcome], rootName: String) -> Agent? {
        let members = own.filter(AgentAssembler.counts)
        guard !members.isEmpty else { return nil }
        let covering = covering.filter(AgentAssembler.counts)
        let files = members + covering
        var facts = AgentFacts()
        for file in files { facts.merge(file.facts) }
        let unreadable = files.flatMap { $0.diagnostics.filter { $0.kind == .error } }.sorted()
        let fallback = root == "." ? rootName : ProjectPath.fileName(of: root)
        let name = facts.identity?.name?.value ?? fallback
        return Agent(name: name, path: root, facts: facts, files: files.filter { $0.format != nil }.map(\.path).sorted(),
                     unreadable: unreadable, repositoryFiles: covering.filter { $0.format != nil }.map(\.path).sorted())
    }

    /// Whether a file takes part in an agent: it was read, or it could not be read.
    private static func counts(_ outcome: FileOutcome) -> Bool {
        outcome.format != nil || outcome.diagnostics.contains { $0.kind == .error }
    }
}
