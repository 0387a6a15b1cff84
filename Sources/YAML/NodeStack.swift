/// The children of every collection the ``Composer`` has open, innermost last, in one
/// buffer. A collection that ends takes its children off the top by moving them into its
/// own array, made once at its final size: no child is copied, retained or released.
struct NodeStack: ~Copyable {
    private var base: UnsafeMutablePointer<YAMLNode>
    private var capacity: Int
    /// How many nodes wait on the stack.
    private(set) var count = 0

    init() {
        capacity = 64
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Puts `node` on top.
    mutating func push(_ node: YAMLNode) {
        if count == capacity {
            let larger = UnsafeMutablePointer<YAMLNode>.allocate(capacity: capacity * 2)
            larger.moveInitialize(from: base, count: count)
            base.deallocate()
            base = larger
            capacity *= 2
        }
        (base + count).initialize(to: node)
        count += 1
    }

    /// Takes the nodes from `start` on off the stack, in order.
    mutating func popItems(from start: Int) -> [YAMLNode] {
        let taken = count - start
        guard taken > 0 else { return [] }
        let items = [YAMLNode](unsafeUninitializedCapacity: taken) { items, initialized in
            items.baseAddress!.moveInitialize(from: base + start, count: taken)
            initialized = taken
        }
        count = start
        return items
    }

    /// Takes the nodes from `start` on off the stack, paired key with value; a key left
    /// without a value is dropped.
    mutating func popPairs(from start: Int) -> [YAMLPair] {
        let paired = (count - start) / 2
        guard paired > 0 else {
            (base + start).deinitialize(count: count - start)
            count = start
            return []
        }
        let pairs = [YAMLPair](unsafeUninitializedCapacity: paired) { pairs, initialized in
            var source = base + start
            for index in 0..<paired {
                (pairs.baseAddress! + index).initialize(to: YAMLPair(key: source.move(), value: (source + 1).move()))
                source += 2
            }
            initialized = paired
        }
        if start + 2 * paired < count { (base + start + 2 * paired).deinitialize(count: 1) }
        count = start
        return pairs
    }
}
