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
        var directory = ProjectPath.directory(of: path)
        if let ascii = directory.withUTF8({ asciiCoveredDirectory($0) }) { return ascii }
        var parts = directory == "." ? [] : directory.split(separator: "/").map(String.init)
        if let runbooks = parts.lastIndex(where: { $0.lowercased() == "runbooks" }) {
            parts = Array(parts[..<runbooks])
        }
        if let last = parts.last, documentFolders.contains(last.lowercased()) {
            parts.removeLast()
        }
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// ``coveredDirectory(of:)`` of a file in the ASCII `directory` (not `.`), read on its bytes:
    /// in ASCII, lower-casing a part changes only its capitals, so parts are compared ignoring
    /// ASCII case. Nil for `.` and for other text.
    private static func asciiCoveredDirectory(_ directory: UnsafeBufferPointer<UInt8>) -> String? {
        guard !(directory.count == 1 && directory[0] == UInt8(ascii: ".")), directory.isASCII else { return nil }
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...directory.count where index == directory.count || directory[index] == UInt8(ascii: "/") {
            if index > start { parts.append(start..<index) }
            start = index + 1
        }
        func part(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: directory[range]) }
        if let runbooks = parts.lastIndex(where: { ByteSearch.equalsIgnoringCase(part($0), "RUNBOOKS") }) {
            parts.removeSubrange(runbooks...)
        }
        if let last = parts.last, ["DOCS", "DOC", ".GITHUB"].contains(where: { ByteSearch.equalsIgnoringCase(part(last), $0) }) {
            parts.removeLast()
        }
        guard !parts.isEmpty else { return "." }
        var joined: [UInt8] = []
        joined.reserveCapacity(directory.count)
        for range in parts {
            if !joined.isEmpty { joined.append(UInt8(ascii: "/")) }
            joined += part(range)
        }
        return String(decoding: joined, as: UTF8.self)
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
        var copy = path
        if let ascii = copy.withUTF8({ asciiNormalized($0) }) { return ascii }
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

    /// ``normalized(_:)`` of `bytes` when they are ASCII, where each byte is a Character (a
    /// `\r\n` pair holds neither `/` nor `.`), so components split and compare on bytes:
    /// `.some(nil)` when the path climbs above the root; nil for other text.
    private static func asciiNormalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard bytes.isASCII else { return nil }
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var parts: [Range<Int>] = []
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == slash {
            defer { start = index + 1 }
            let count = index - start
            if count == 0 || count == 1 && bytes[start] == dot { continue }
            if count == 2 && bytes[start] == dot && bytes[start + 1] == dot {
                guard parts.popLast() != nil else { return .some(nil) }
                continue
            }
            parts.append(start..<index)
        }
        guard let first = parts.first, let last = parts.last else { return "." }
        // Parts one slash apart are the path's own bytes from the first to the last.
        if parts.indices.dropFirst().allSatisfy({ parts[$0].lowerBound == parts[$0 - 1].upperBound + 1 }) {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first.lowerBound..<last.upperBound]), as: UTF8.self)
        }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        for part in parts {
            if !result.isEmpty { result.append(slash) }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[part]))
        }
        return String(decoding: result, as: UTF8.self)
    }
}
