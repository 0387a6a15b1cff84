import YAML

/// Turns one kind of file into agent facts. Adding a format means one new reader file
/// and one line in ``ReaderRegistry``.
protocol FormatReader: Sendable {
    /// The format this reader reads.
    var format: FileFormat { get }

    /// How its files are written: YAML or JSON (parsed into nodes), or plain text lines.
    var syntax: FileSyntax { get }

    /// Whether a file's facts belong to its agent, or to every agent below its directory
    /// (CODEOWNERS, SECURITY.md, .gitignore).
    var scope: ReaderScope { get }

    /// Whether the file at `file.path` (relative, `/`-separated) is this format by its name alone.
    func claims(_ file: PathName) -> Bool

    /// Whether a YAML or JSON file no reader claimed by name is this format by its content.
    func claims(documents: [YAMLNode]) -> Bool

    /// Whether a YAML or JSON file at `path` that no reader claims by name is worth parsing
    /// for ``claims(documents:)`` although it mentions none of the keys the loader's cheap
    /// prefilter looks for (Docker Agent's `agent.yaml`, ADK's `root_agent.yaml`, CrewAI's
    /// `config/agents.yaml` outside `src/`).
    func mayClaimByContent(path: String) -> Bool

    /// The directory (relative) that a file of this format at `path` makes an agent's root,
    /// or nil when the file does not mark an agent.
    func agentRoot(of path: String) -> String?

    /// Whether a YAML or JSON file at `path` that no reader claims by name is of this format
    /// and marks an agent's root, judged from its raw bytes before it is parsed: files it
    /// cannot rule out are parsed before the scan lays out its agents. It must never say
    /// ``RootMarking/no`` to a file that ``claims(documents:)`` would take and
    /// ``agentRoot(of:)`` would make a root.
    func rootMarking(path: String, bytes: [UInt8]) -> RootMarking

    /// For a repository-wide format: the directory whose agents (it and everything below it)
    /// the file at `path` covers. Its own directory unless the reader knows better
    /// (`.github/CODEOWNERS` covers the whole repository).
    func coveredDirectory(of path: String) -> String

    /// Adds what `file` says to `facts`; reports what it could not interpret.
    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic])
}

/// How a format is written.
enum FileSyntax: Sendable {
    /// YAML, or JSON (with comments) by extension: parsed into located nodes.
    case yamlOrJSON
    /// Plain UTF-8 text, read line by line (`LoadedFile.lines`).
    case text
    /// TOML (Codex CLI's `config.toml`): parsed by ``TOMLParser`` into one located mapping.
    case toml
}

/// Which agents a file's facts belong to.
enum ReaderScope: Sendable {
    /// The agent whose root holds the file.
    case agent
    /// Every agent at or below the file's directory; such a file never makes an agent of its own.
    case repository
}

extension FormatReader {
    /// Whether the file at `path` (relative, `/`-separated) is this format by its name alone.
    func claims(path: String) -> Bool { claims(PathName(path)) }
    var syntax: FileSyntax { .yamlOrJSON }
    var scope: ReaderScope { .agent }
    func claims(documents: [YAMLNode]) -> Bool { false }
    func mayClaimByContent(path: String) -> Bool { false }
    func agentRoot(of path: String) -> String? { nil }
    func rootMarking(path: String, bytes: [UInt8]) -> RootMarking {
        mayClaimByContent(path: path) && agentRoot(of: path) != nil ? .unknown : .no
    }
    func coveredDirectory(of path: String) -> String { ProjectPath.directory(of: path) }
}

/// Path helpers readers share.
enum ProjectPath {
    /// The directory part of a relative path (`.` for a file at the root).
    static func directory(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return "." }
        return String(path[..<slash])
    }

    /// The last component of a path.
    static func fileName(of path: String) -> String {
        guard let slash = lastSlash(in: path) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    /// The index of the last `/`, found among the UTF-8 bytes (a `/` is one byte and never
    /// part of another character's encoding), not by walking Characters back.
    static func lastSlash(in path: String) -> String.Index? {
        path.utf8.lastIndex(of: UInt8(ascii: "/"))
    }

    /// The directory that holds `folder` when `path` sits directly in a folder of that
    /// name (`a/.claude/settings.json` with `.claude` gives `a`); nil otherwise.
    static func project(of path: String, inFolder folder: String) -> String? {
        let directory = directory(of: path)
        guard fileName(of: directory) == folder else { return nil }
        return ProjectPath.directory(of: directory)
    }
}
