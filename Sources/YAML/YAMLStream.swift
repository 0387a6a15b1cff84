/// Everything loaded from one text: its documents and the warnings met on the way.
public struct YAMLStream: Sendable {
    /// The documents, in order. A Kubernetes file with `---` separators has several.
    public let documents: [YAMLNode]
    /// Problems that did not stop loading, such as duplicate keys.
    public let warnings: [YAMLWarning]

    /// Creates a stream.
    public init(documents: [YAMLNode], warnings: [YAMLWarning]) {
        self.documents = documents
        self.warnings = warnings
    }
}
