import Foundation

/// A versioned artefact the agent depends on: a model or a prompt.
public struct ArtefactReference: Sendable {
    /// `model` or `prompt`.
    public let kind: String
    /// Its name.
    public let name: String
    /// Where it is declared.
    public let location: SourceLocation
    /// The version or snapshot pinned, if any.
    public let version: Located<String>?

    /// Creates a reference.
    public init(kind: String, name: String, location: SourceLocation, version: Located<String>?) {
        self.kind = kind
        self.name = name
        self.location = location
        self.version = version
    }

    /// Whether a fixed version is named (not empty, `latest`, `*` or a floating alias).
    public var isPinned: Bool {
        guard let value = version?.value.trimmingWhitespace().lowercased(), !value.isEmpty else { return false }
        return !["latest", "*", "stable", "current", "default", "main", "head"].contains(value)
    }
}
