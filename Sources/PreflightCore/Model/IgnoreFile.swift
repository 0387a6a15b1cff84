/// One `.gitignore` file: its patterns, relative to the directory it sits in.
public struct IgnoreFile: Sendable {
    /// Where the file starts (line 1, column 1).
    public let location: SourceLocation
    /// The directory its patterns are relative to (`.` for the scanned root).
    public let directory: String
    /// Its patterns in order, each located at the start of its line; blank lines and
    /// comments are left out, and trailing spaces removed unless escaped.
    public var patterns: [Located<String>] = []

    /// Creates a file with no patterns yet.
    public init(location: SourceLocation, directory: String) {
        self.location = location
        self.directory = directory
    }
}
