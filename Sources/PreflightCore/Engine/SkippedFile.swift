/// A candidate file the scan opened but did not read as agent configuration, and why.
public struct SkippedFile: Sendable, Hashable {
    /// The path relative to the scanned root.
    public let path: String
    /// Why no reader took it.
    public let reason: String
}
