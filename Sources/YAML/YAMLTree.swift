/// A finished ``NodeTable``, shared by every ``YAMLNode`` that points into it: a node is
/// this reference and an index, so copying one costs a retain.
final class YAMLTree: Sendable {
    /// The nodes.
    let table: NodeTable

    init(_ table: NodeTable) {
        self.table = table
    }

    /// A tree of no nodes, for empty collections made from literals.
    static let empty = YAMLTree(NodeTable())
}
