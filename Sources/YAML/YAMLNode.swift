/// One node of a loaded YAML or JSON document, with the place it was written.
///
/// Scalars stay text: `yes`, `on` and `0777` are strings until a reader asks for a
/// type with ``bool`` or ``int``, which follow YAML 1.2's core schema.
public struct YAMLNode: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        /// A scalar: its text and how it was written.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, in the order written, merge keys resolved and duplicates removed.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public let content: Content
    /// Where the node starts.
    public let mark: Mark
    /// The explicit tag, such as `!!str`, if one was written.
    public let tag: String?

    /// Creates a node.
    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }

    /// The scalar's text, whatever its style; nil for collections.
    public var string: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// The scalar's style; nil for collections.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    /// The items of a sequence; nil for anything else.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The pairs of a mapping; nil for anything else.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// A plain `true` or `false` (any case YAML 1.2 allows); nil otherwise,
    /// so YAML 1.1's `yes`, `on` and quoted `"true"` are not booleans.
    public var bool: Bool? {
        guard case .scalar(let text, .plain) = content, tag == nil || tag == "tag:yaml.org,2002:bool" else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// A plain decimal integer; nil otherwise.
    public var int: Int? {
        guard case .scalar(let text, .plain) = content else { return nil }
        return Int(text)
    }

    /// Whether the node is a null: a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The pair whose key is the scalar `key`, in a mapping.
    public func pair(_ key: String) -> YAMLPair? {
        guard case .mapping(let pairs) = content, let index = YAMLNode.index(of: key, in: pairs) else { return nil }
        return pairs[index]
    }

    /// The value under the scalar `key`, in a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs) = content, let index = YAMLNode.index(of: key, in: pairs) else { return nil }
        return pairs[index].value
    }

    /// Where the first pair whose key is the scalar `key` sits in `pairs`: each key is
    /// looked at in place, and only the pair found is copied out by the caller.
    private static func index(of key: String, in pairs: [YAMLPair]) -> Int? {
        pairs.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if case .scalar(let text, _) = buffer[index].key.content, text == key { return index }
            }
            return nil
        }
    }

    /// The value at a path of keys, in nested mappings.
    public subscript(path: String...) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path { node = node?[key] }
        return node
    }

    /// How many nodes this node stands for, itself included.
    public var count: Int {
        switch content {
        case .scalar: return 1
        case .sequence(let items): return items.reduce(1) { $0 + $1.count }
        case .mapping(let pairs): return pairs.reduce(1) { $0 + $1.key.count + $1.value.count }
        }
    }
}

/// A key and its value in a mapping.
public struct YAMLPair: Sendable {
    /// The key node; its mark is where the key was written.
    public let key: YAMLNode
    /// The value node.
    public let value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
