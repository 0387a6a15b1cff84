/// The repository-wide files of a scan (CODEOWNERS, SECURITY.md, runbooks, .gitignore…),
/// found by the directory each covers, so that every agent finds its own without looking at
/// every other agent's.
struct RepositoryFiles: Sendable {
    private let byDirectory: [String: [FileOutcome]]

    /// Indexes `outcomes` (in path order) by the directory each covers.
    init(_ outcomes: [FileOutcome]) {
        var byDirectory: [String: [FileOutcome]] = [:]
        for outcome in outcomes {
            byDirectory[outcome.coveredDirectory ?? ProjectPath.directory(of: outcome.path), default: []].append(outcome)
        }
        self.byDirectory = byDirectory
    }

    /// The files covering the agent at `root`: those covering `root` or one of its
    /// ancestors, in path order.
    func covering(_ root: String) -> [FileOutcome] {
        var found: [FileOutcome] = []
        var directory = root
        while true {
            found += byDirectory[directory] ?? []
            if directory == "." { break }
            directory = ProjectPath.directory(of: directory)
        }
        return found.sorted { $0.path < $1.path }
    }
}
