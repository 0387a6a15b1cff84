/// An incident runbook kept in the repository.
///
/// Preflight reads prose files (`.md`, `.markdown`, `.txt`, `.rst`, `.adoc`) under a
/// `runbooks/` folder at any depth (so `docs/runbooks/`), and Markdown files whose name
/// contains `runbook` or starts with `incident` (`RUNBOOK.md`, `agent-runbook.md`,
/// `INCIDENT.md`, `incident-response.md`), in any case.
public struct Runbook: Sendable {
    /// The file's path relative to the scanned root.
    public let path: String
    /// The first place it says how to stop the agent (kill switch, disable, stop, roll back,
    /// revoke, shut down), located at the word; nil when it says nothing of the kind.
    public var stopInstructions: Located<String>?

    /// Creates a runbook read from the file at `path`.
    public init(path: String, stopInstructions: Located<String>? = nil) {
        self.path = path
        self.stopInstructions = stopInstructions
    }

    /// The file's first line.
    public var location: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }

    /// Whether a file at `path` is one Preflight reads as a runbook.
    public static func isRunbookPath(_ path: String) -> Bool {
        let directory = ProjectPath.directory(of: path).lowercased()
        if Runbook.hasRunbooksFolder(directory) && RepositoryDocumentPath.isProse(path) { return true }
        let name = ProjectPath.fileName(of: path).lowercased()
        return RepositoryDocumentPath.isMarkdown(name) && (name.contains("runbook") || name.hasPrefix("incident"))
    }

    /// Whether `directory` has a part named `runbooks`, as its parts between slashes compare.
    /// An ASCII directory does when `/runbooks/` is among the bytes of the directory put
    /// between slashes; other text is split on its Characters.
    static func hasRunbooksFolder(_ directory: String) -> Bool {
        guard directory.utf8.isASCII else { return directory.split(separator: "/").contains("runbooks") }
        return ByteSearch.contains(("/" + directory + "/").utf8, "/runbooks/")
    }
}
