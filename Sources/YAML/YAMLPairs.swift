/// The pairs of a mapping node, in order: a view of its stream's ``NodeTable``, so that
/// nothing is copied or allocated to go through them.
public struct YAMLPairs: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    let tree: YAMLTree
    /// Where the pairs' key and value indices start in the table's children.
    let start: Int
    /// The number of pairs.
    public let count: Int

    init(tree: YAMLTree, start: Int, count: Int) {
        self.tree = tree
        self.start = start
        self.count = count
    }

    /// The pairs `elements` (copied into a mapping of their own).
    public init(arrayLiteral elements: YAMLPair...) {
        if elements.isEmpty {
            self.init(tree: .empty, start: 0, count: 0)
        } else {
            self = YAMLNode(.mapping(elements), mark: .start).mapping!
        }
    }

    /// The position of the first pair.
    public var startIndex: Int { 0 }
    /// The position after the last pair.
    public var endIndex: Int { count }

    /// The pair at `position`.
    public subscript(position: Int) -> YAMLPair {
        precondition(position >= 0 && position < count, "pair index out of range")
        let children = tree.table.children
        return YAMLPair(key: YAMLNode(tree: tree, index: children[start + 2 * position]),
                        value: YAMLNode(tree: tree, index: children[start + 2 * position + 1]))
    }
}
