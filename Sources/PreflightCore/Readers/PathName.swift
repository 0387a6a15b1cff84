/// A relative path as readers judge it by name: its file name, that name lowercased and the
/// name of the folder holding it, each worked out once however many readers are asked.
struct PathName: Sendable {
    /// The path relative to the scanned root, `/`-separated.
    let path: String
    /// The last component (``ProjectPath/fileName(of:)``).
    let name: String
    /// The last component, lowercased.
    let lowercasedName: String
    /// The name of the folder holding the file (`.claude` for `a/.claude/settings.json`);
    /// `.` for a file at the root.
    let folder: String

    /// Splits `path` once.
    init(_ path: String) {
        self.path = path
        if let slash = ProjectPath.lastSlash(in: path) {
            name = String(path[path.utf8.index(after: slash)...])
            let directory = path[..<slash]
            if let upper = directory.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = String(directory[directory.utf8.index(after: upper)...])
            } else {
                folder = String(directory)
            }
        } else {
            name = path
            folder = "."
        }
        lowercasedName = name.lowercased()
    }
}
