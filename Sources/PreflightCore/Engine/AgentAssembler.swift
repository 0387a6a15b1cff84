/// Groups file outcomes into agents.
///
/// An agent's root is a directory holding a Preflight manifest, or a project directory
/// with MCP or coding-agent settings (or another file a reader says marks one). Each file
/// belongs to the deepest root above it; a file under no root belongs to an agent at the
/// scanned root. With no root at all, the whole project is one agent. Repository-wide
/// files (CODEOWNERS, SECURITY.md, .gitignore) add their facts to every agent at or below
/// the directory they cover (their own, unless their reader says otherwise) and never make
/// an agent of their own.
enum AgentAssembler {
    static func agents(from outcomes: [FileOutcome], rootName: String) -> [Agent] {
        var roots = Set(outcomes.compactMap(\.agentRoot))
        var members: [String: [FileOutcome]] = [:]
        var shared: [FileOutcome] = []
        for outcome in outcomes where outcome.format != nil || outcome.diagnostics.contains(where: { $0.kind == .error }) {
            if outcome.scope == .repository {
                shared.append(outcome)
                continue
            }
            let owner = owningRoot(of: outcome.path, roots: roots)
            members[owner, default: []].append(outcome)
        }
        roots.formUnion(members.keys)
        return roots.sorted().compactMap { root -> Agent? in
            guard let own = members[root], !own.isEmpty else { return nil }
            let covering = shared.filter { covers($0.coveredDirectory ?? ProjectPath.directory(of: $0.path), root) }
            let files = own + covering
            var facts = AgentFacts()
            for file in files { facts.merge(file.facts) }
            let unreadable = files.flatMap { $0.diagnostics.filter { $0.kind == .error } }.sorted()
            let fallback = root == "." ? rootName : ProjectPath.fileName(of: root)
            let name = facts.identity?.name?.value ?? fallback
            return Agent(name: name, path: root, facts: facts, files: files.filter { $0.format != nil }.map(\.path).sorted(),
                         unreadable: unreadable, repositoryFiles: covering.filter { $0.format != nil }.map(\.path).sorted())
        }
    }

    /// Whether `directory` is `root` or one of its ancestors.
    private static func covers(_ directory: String, _ root: String) -> Bool {
        directory == "." || directory == root || root.hasPrefix(directory + "/")
    }

    private static func owningRoot(of path: String, roots: Set<String>) -> String {
        var directory = ProjectPath.directory(of: path)
        while true {
            if roots.contains(directory) { return directory }
            if directory == "." { return "." }
            directory = ProjectPath.directory(of: directory)
        }
    }
}
