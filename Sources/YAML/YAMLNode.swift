/// One node of a loaded YAML or JSON document, with the place it was written.
///
/// Scalars stay text: `yes`, `on` and `0777` are strings until a reader asks for a
/// type with ``bool`` or ``int``, which follow YAML 1.2's core schema.
///
/// A node points into the flat ``NodeTable`` of its stream: it is made of a reference and
/// an index, a scalar's text is made a String only when ``string`` is asked for, and keys
/// are compared with the text looked up on their bytes.
public struct YAMLNode: Sendable {
    /// What a node holds, for building one with ``init(_:mark:tag:)``.
    public enum Content: Sendable {
        /// A scalar: its text and how it was written.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, in the order written.
        case mapping([YAMLPair])
    }

    let tree: YAMLTree
    let index: Int

    init(tree: YAMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    /// Creates a node holding `content` (whose nodes are copied into it).
    public init(_ content: Content, mark: Mark, tag: String? = nil) {
        var table = NodeTable()
        let index: Int
        switch content {
        case .scalar(let text, let style):
            var text = text
            index = text.withUTF8 { table.addScalar($0, style: style, mark: mark, tag: tag) }
        case .sequence(let items):
            let copies = items.map { table.copy($0.index, of: $0.tree.table) }
            index = table.addCollection(.sequence, copies[...], mark: mark, tag: tag)
        case .mapping(let pairs):
            let copies = pairs.flatMap { [table.copy($0.key.index, of: $0.key.tree.table),
                                          table.copy($0.value.index, of: $0.value.tree.table)] }
            index = table.addCollection(.mapping, copies[...], mark: mark, tag: tag)
        }
        self.init(tree: YAMLTree(table), index: index)
    }

    private var record: NodeTable.Record { tree.table.records[index] }

    /// Where the node starts.
    public var mark: Mark { record.mark }

    /// The explicit tag, such as `!!str`, if one was written.
    public var tag: String? { tree.table.tag(of: index) }

    /// The scalar's text, whatever its style; nil for collections.
    public var string: String? {
        record.kind == .scalar ? tree.table.text(of: index) : nil
    }

    /// The scalar's style; nil for collections.
    public var scalarStyle: ScalarStyle? {
        let record = record
        return record.kind == .scalar ? record.style : nil
    }

    /// The items of a sequence; nil for anything else.
    public var sequence: YAMLItems? {
        let record = record
        guard record.kind == .sequence else { return nil }
        return YAMLItems(tree: tree, start: record.start, count: record.count)
    }

    /// The pairs of a mapping, in the order written, merge keys resolved and duplicates
    /// removed; nil for anything else.
    public var mapping: YAMLPairs? {
        let record = record
        guard record.kind == .mapping else { return nil }
        return YAMLPairs(tree: tree, start: record.start, count: record.count)
    }

    /// Whether this is a plain scalar whose text is `word`: compared on the bytes, which is
    /// how Strings compare the words asked for here too (no other text is canonically
    /// equivalent to them).
    private func isPlain(_ word: StaticString) -> Bool {
        record.style == .plain && tree.table.scalar(index, isWord: word)
    }

    /// A plain `true` or `false` (any case YAML 1.2 allows); nil otherwise,
    /// so YAML 1.1's `yes`, `on` and quoted `"true"` are not booleans.
    public var bool: Bool? {
        let record = record
        guard record.kind == .scalar, record.style == .plain, record.count == 4 || record.count == 5 else { return nil }
        if let tag, tag != "tag:yaml.org,2002:bool" { return nil }
        if isPlain("true") || isPlain("True") || isPlain("TRUE") { return true }
        if isPlain("false") || isPlain("False") || isPlain("FALSE") { return false }
        return nil
    }

    /// A plain decimal integer; nil otherwise.
    public var int: Int? {
        guard scalarStyle == .plain, let text = string else { return nil }
        return Int(text)
    }

    /// Whether the node is a null: a plain `null`, `~` or empty scalar.
    public var isNull: Bool {
        let record = record
        guard record.kind == .scalar, record.style == .plain else { return false }
        switch record.count {
        case 0: return true
        case 1: return isPlain("~")
        case 4: return isPlain("null") || isPlain("Null") || isPlain("NULL")
        default: return false
        }
    }

    /// The pair whose key is the scalar `key`, in a mapping.
    public func pair(_ key: String) -> YAMLPair? {
        guard let position = position(of: key) else { return nil }
        return YAMLPair(key: YAMLNode(tree: tree, index: tree.table.child(2 * position, of: index)),
                        value: YAMLNode(tree: tree, index: tree.table.child(2 * position + 1, of: index)))
    }

    /// The value under the scalar `key`, in a mapping.
    public subscript(key: String) -> YAMLNode? {
        guard let position = position(of: key) else { return nil }
        return YAMLNode(tree: tree, index: tree.table.child(2 * position + 1, of: index))
    }

    /// Which pair of this mapping is the first whose key is the scalar `key`: each key is
    /// compared with `key` on its bytes, where it lies.
    private func position(of key: String) -> Int? {
        guard record.kind == .mapping else { return nil }
        // A key written as a literal (as readers write them) hands its bytes over in place.
        if let found = key.utf8.withContiguousStorageIfAvailable({ tree.table.position(ofKey: $0, in: index) }) { return found }
        var key = key
        return key.withUTF8 { tree.table.position(ofKey: $0, in: index) }
    }

    /// The value at a path of keys, in nested mappings.
    public subscript(path: String...) -> YAMLNode? {
        var node: YAMLNode? = self
        for key in path { node = node?[key] }
        return node
    }

    /// How many nodes this node stands for, itself included.
    public var count: Int { tree.table.expandedCount(of: index) }
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
