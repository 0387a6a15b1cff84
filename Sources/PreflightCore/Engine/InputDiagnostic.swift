/// A problem with an input file: it could not be read, parsed or understood.
public struct InputDiagnostic: Sendable, Hashable, Comparable {
    /// How much it matters.
    public enum Kind: String, Sendable {
        /// The file could not be read or parsed; what it says is unknown, so the agent
        /// holding it cannot be ready.
        case error
        /// A file was read with a problem (a duplicate key), or skipped on purpose
        /// (a symlink out of the root); the scan is still complete.
        case warning
    }

    /// Where the problem is (line and column 1:1 when the whole file is concerned).
    public let location: SourceLocation
    /// What is wrong.
    public let message: String
    /// Error or warning.
    public let kind: Kind

    /// Creates a diagnostic.
    public init(_ message: String, at location: SourceLocation, kind: Kind) {
        self.location = location
        self.message = message
        self.kind = kind
    }

    /// A diagnostic about a whole file.
    public init(_ message: String, file path: String, kind: Kind) {
        self.init(message, at: SourceLocation(path: path, line: 1, column: 1), kind: kind)
    }

    public static func < (lhs: InputDiagnostic, rhs: InputDiagnostic) -> Bool {
        (lhs.location, lhs.message) < (rhs.location, rhs.message)
    }
}
