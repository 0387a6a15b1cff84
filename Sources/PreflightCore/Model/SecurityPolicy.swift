/// A `SECURITY.md`: how to report a vulnerability in the project.
public struct SecurityPolicy: Sendable {
    /// The file's path relative to the scanned root.
    public let path: String
    /// How to report, located where it is written: the first e-mail address, else the first
    /// URL, else the first word about reporting or contact; nil when the file gives none.
    public var reportingChannel: Located<String>?

    /// Creates a policy read from the file at `path`.
    public init(path: String, reportingChannel: Located<String>? = nil) {
        self.path = path
        self.reportingChannel = reportingChannel
    }

    /// The file's first line, where a finding about the file as a whole points.
    public var location: SourceLocation { SourceLocation(path: path, line: 1, column: 1) }
}
