/// The items of a sequence node, in order: a view of its stream's ``NodeTable``, so that
/// nothing is copied or allocated to go through them.
public struct YAMLItems: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable {
    let tree: YAMLTree
    /// Where the items' indices start in the table's children.
    let start: Int
    /// The number of items.
    public let count: Int

    init(tree: YAMLTree, start: Int, count: Int) {
        self.tree = tree
        self.start = start
        self.count = count
    }

    /// The items `elements` (copied into a sequence of their own).
    public init(arrayLiteral elements: YAMLNode...) {
        if elements.isEmpty {
            self.init(tree: .empty, start: 0, count: 0)
        } else {
            self = YAMLNode(.sequence(elements), mark: .start).sequence!
        }
    }

    /// The position of the first item.
    public var startIndex: Int { 0 }
    /// The position after the last item.
    public var endIndex: Int { count }

    /// The item at `position`.
    public subscript(position: Int) -> YAMLNode {
        precondition(position >= 0 && position < count, "item index out of range")
        return YAMLNode(tree: tree, index: tree.table.children[start + position])
    }
}
