/// Where the agents of a scanned tree are: their root directories, and which root each file
/// belongs to.
///
/// An agent's root is a directory holding a Preflight manifest, or a project directory
/// with MCP or coding-agent settings (or another file a reader says marks one). Each file
/// belongs to the deepest root above it; a file under no root belongs to an agent at the
/// scanned root (`.`), so with no root at all the whole project is one agent.
/// Repository-wide files (CODEOWNERS, SECURITY.md, .gitignore) belong to no root: they
/// cover every agent at or below the directory their reader names.
struct AgentLayout: Sendable {
    /// The agents' root directories.
    let roots: Set<String>

    /// The root of the agent the file at `path` belongs to.
    func owningRoot(of path: String) -> String {
        var directory = ProjectPath.directory(of: path)
        while true {
            if roots.contains(directory) { return directory }
            if directory == "." { return "." }
            directory = ProjectPath.directory(of: directory)
        }
    }
}
