/// Bounds that keep hostile or broken input from exhausting time or memory.
public struct YAMLLimits: Sendable {
    /// The largest text accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of collections accepted.
    public var maxDepth: Int
    /// The most documents accepted in one stream.
    public var maxDocuments: Int
    /// The most nodes a stream may stand for once every alias is expanded.
    /// A "billion laughs" text crosses it after a few aliases and is refused.
    public var maxExpandedNodes: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxDocuments: Int, maxExpandedNodes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxDocuments = maxDocuments
        self.maxExpandedNodes = maxExpandedNodes
    }

    /// Limits generous for any real configuration file: 8 MiB, depth 128,
    /// 1,000 documents, 1,000,000 expanded nodes.
    public static let standard = YAMLLimits(
        maxBytes: 8 << 20, maxDepth: 128, maxDocuments: 1_000, maxExpandedNodes: 1_000_000)
}
