/// A small project written beside a check to show when it passes and when it fails.
/// The test suite scans every example of every registered check.
///
/// In a failing example, `↓` marks each place the check must point at: the character
/// after the marker is the expected line and column. Markers are removed before scanning.
public struct ExampleProject: Sendable {
    /// The files, by path relative to the project root.
    public let files: [(path: String, content: String)]

    /// Creates an example from its files.
    public init(_ files: [(path: String, content: String)]) {
        self.files = files
    }

    /// Creates an example of one file.
    public init(_ path: String, _ content: String) {
        self.files = [(path, content)]
    }

    /// The marker that shows where a failing example must be located.
    public static let marker: Character = "↓"
}
