/// A file the scan read, and the format it was read as.
public struct ScannedFile: Sendable, Hashable {
    /// The path relative to the scanned root.
    public let path: String
    /// The format it was read as.
    public let format: FileFormat
}
