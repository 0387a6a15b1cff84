/// Why a text could not be loaded, and where.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, in words a user can act on.
    public let message: String
    /// Where it went wrong.
    public let mark: Mark

    /// Creates an error at a mark.
    public init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}

/// Something wrong in a text that did not stop it from loading, such as a duplicate key.
public struct YAMLWarning: Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// Where it is.
    public let mark: Mark

    /// Creates a warning at a mark.
    public init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}
