@testable import PreflightCore

/// Loads one in-memory file through every registered reader, as a scan would.
enum ReaderHarness {
    /// What the file at `path` holding `text` contributes to a scan.
    static func load(_ path: String, _ text: String) -> FileOutcome {
        FileLoader(readers: ReaderRegistry.readers, limits: .standard).load(path: path, bytes: Array(text.utf8))
    }

    /// `path:line:column` of a location, for compact assertions.
    static func at(_ location: SourceLocation?) -> String? { location?.description }
}
