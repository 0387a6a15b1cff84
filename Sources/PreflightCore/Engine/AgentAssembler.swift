/// Groups file outcomes into agents.
///
/// An agent's root is a directory holding a Preflight manifest, or a project directory
/// with MCP or coding-agent settings. Each file belongs to the deepest root above it; a
/// file under no root belongs to an agent at the scanned root. With no root at all, the
/// whole project is one agent.
enum AgentAssembler {
    static func agents(from outcomes: [FileOutcome], rootName: String) -> [Agent] {
        var roots = Set(outcomes.compactMap(\.agentRoot))
        var members: [String: [FileOutcome]] = [:]
        for outcome in outcomes where outcome.format != nil || outcome.diagnostics.contains(where: { $0.kind == .error }) {
            let owner = owningRoot(of: outcome.path, roots: roots)
            members[owner, default: []].append(outcome)
        }
        roots.formUnion(members.keys)
        return roots.sorted().compactMap { root -> Agent? in
            guard let files = members[root], !files.isEmpty else { return nil }
            var facts = AgentFacts()
            for file in files { facts.merge(file.facts) }
            let unreadable = files.flatMap { $0.diagnostics.filter { $0.kind == .error } }.sorted()
            let fallback = root == "." ? rootName : ProjectPath.fileName(of: root)
            let name = facts.identity?.name?.value ?? fallback
            return Agent(name: name, path: root, facts: facts, files: files.filter { $0.format != nil }.map(\.path).sorted(),
                         unreadable: unreadable)
        }
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
