/// Builds one agent from the outcomes of the files that belong to it (see ``AgentLayout``)
/// and of the repository-wide files that cover it (see ``RepositoryFiles``).
enum AgentAssembler {
    /// The agent at `root`, or nil when none of its own files was read or failed to read
    /// (a directory of skipped files is no agent). `own` and `covering` are in path order;
    /// `rootName` names the agent at the scanned root when no manifest does.
    ///
    /// Outcomes are large: each is looked at where it lies in its array, never copied out.
    static func agent(root: String, own: [FileOutcome], covering: [FileOutcome], rootName: String) -> Agent? {
        guard own.contains(where: AgentAssembler.counts) else { return nil }
        var facts: AgentFacts?
        var files: [String] = []
        var repositoryFiles: [String] = []
        var unreadable: [InputDiagnostic] = []
        func take(_ outcomes: [FileOutcome], paths: inout [String]) {
            for index in outcomes.indices where AgentAssembler.counts(outcomes[index]) {
                if facts == nil { facts = outcomes[index].facts } else { facts!.merge(outcomes[index].facts) }
                if outcomes[index].format != nil { paths.append(outcomes[index].path) }
                for diagnostic in outcomes[index].diagnostics where diagnostic.kind == .error { unreadable.append(diagnostic) }
            }
        }
        take(own, paths: &files)
        files.reserveCapacity(files.count + covering.count)
        take(covering, paths: &repositoryFiles)
        files += repositoryFiles
        let merged = facts ?? AgentFacts()
        let fallback = root == "." ? rootName : ProjectPath.fileName(of: root)
        let name = merged.identity?.name?.value ?? fallback
        return Agent(name: name, path: root, facts: merged, files: files.sorted(), unreadable: unreadable.sorted(),
                     repositoryFiles: repositoryFiles.sorted())
    }

    /// Whether a file takes part in an agent: it was read, or it could not be read.
    private static func counts(_ outcome: FileOutcome) -> Bool {
        outcome.format != nil || outcome.diagnostics.contains { $0.kind == .error }
    }
}
