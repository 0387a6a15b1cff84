/// Where a repository keeps its governance documents, and which agents a document covers.
///
/// A document covers the agents at or below the directory it speaks for: its own directory,
/// or the directory above a `runbooks` folder (at any depth) and above a `docs`, `doc` or
/// `.github` folder. So `docs/runbooks/agent.md`, `.github/SECURITY.md` and `AGENTS.md` at
/// the root all cover every agent of the scan; `services/api/RUNBOOK.md` covers the agents
/// under `services/api`.
public enum RepositoryDocumentPath {
    /// Folders whose documents speak for the directory above them.
    static let documentFolders: Set<String> = ["docs", "doc", ".github"]

    /// The directory (relative, `.` for the scanned root) whose agents a document at `path` covers.
    public static func coveredDirectory(of path: String) -> String {
        let directory = ProjectPath.directory(of: path)
        var parts = directory == "." ? [] : directory.split(separator: "/").map(String.init)
        if let runbooks = parts.lastIndex(where: { $0.lowercased() == "runbooks" }) {
            parts = Array(parts[..<runbooks])
        }
        if let last = parts.last, documentFolders.contains(last.lowercased()) {
            parts.removeLast()
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// Whether a document covering `directory` covers the agent whose root is `agentPath`.
    public static func covers(_ directory: String, agentPath: String) -> Bool {
        directory == "." || directory == agentPath || agentPath.hasPrefix(directory + "/")
    }

    /// Whether `path` names a Markdown file (`.md` or `.markdown`, any case).
    static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// Whether `path` names a prose document: Markdown, plain text, reStructuredText or AsciiDoc.
    static func isProse(_ path: String) -> Bool {
        let lower = path.lowercased()
        return isMarkdown(lower) || lower.hasSuffix(".txt") || lower.hasSuffix(".rst") || lower.hasSuffix(".adoc")
    }

    /// `path` with `.` components dropped and each `..` removing the component before it;
    /// nil when it climbs above the scanned root.
    public static func normalized(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                guard parts.popLast() != nil else { return nil }
                continue
            }
            parts.append(part)
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}
