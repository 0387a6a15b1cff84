/// The nodes of one loaded stream, held flat: one array of node records, one of the
/// children of every collection, one of the bytes of every scalar. A node is its index in
/// ``records``; nothing is allocated per node, and a scalar becomes a String only when a
/// reader asks for its text.
///
/// The ``Composer`` fills a table as libyaml's events arrive; ``YAMLTree`` then shares the
/// finished table among the ``YAMLNode`` values that point into it.
struct NodeTable: Sendable {
    /// What a node is.
    enum Kind: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
    }

    /// One node. A scalar's text is ``NodeTable/bytes`` `[start, start + count)`; a
    /// sequence's items are ``NodeTable/children`` `[start, start + count)`; a mapping's
    /// pairs are ``NodeTable/children`` `[start, start + 2 × count)`, key then value.
    struct Record: Sendable {
        let kind: Kind
        let style: ScalarStyle
        /// Whether a scalar's bytes are all ASCII, so that comparing them with ASCII text
        /// byte by byte gives the same answer as comparing Strings.
        let isASCII: Bool
        /// Where the node starts.
        let mark: Mark
        /// Its explicit tag, as an index into ``NodeTable/tags``; -1 when none was written.
        let tag: Int
        let start: Int
        let count: Int
    }

    /// Every node; a node is its index here.
    private(set) var records: [Record] = []
    /// The children of every collection, each collection's together.
    private(set) var children: [Int] = []
    /// The text of every scalar, end to end, in the first ``usedBytes``; the rest is room
    /// for the scalars still to come, made ahead so that a scalar's text is one copy.
    private(set) var bytes: [UInt8] = []
    /// How many of ``bytes`` hold scalars' text.
    private var usedBytes = 0
    /// Every explicit tag written, in order met.
    private(set) var tags: [String] = []

    /// An empty table.
    init() {}

    /// An empty table with room for the nodes of a text of `byteCount` bytes, as far as
    /// typical configuration files go (a node every ten bytes or so; room is made for one
    /// every eight).
    init(reservingFor byteCount: Int) {
        records.reserveCapacity(byteCount / 8)
        children.reserveCapacity(byteCount / 8)
        bytes = [UInt8](repeating: 0, count: byteCount)
    }

    /// Adds a scalar whose text is `text`, and returns its index.
    mutating func addScalar(_ text: UnsafeBufferPointer<UInt8>, style: ScalarStyle, mark: Mark, tag: String?) -> Int {
        let isASCII = NodeTable.isASCII(text)
        let start = usedBytes
        if start + text.count > bytes.count { bytes += repeatElement(0, count: max(text.count, bytes.count)) }
        if let source = text.baseAddress {
            bytes.withUnsafeMutableBufferPointer { $0.baseAddress!.advanced(by: start).update(from: source, count: text.count) }
        }
        usedBytes += text.count
        return add(Record(kind: .scalar, style: style, isASCII: isASCII, mark: mark,
                          tag: index(of: tag), start: start, count: text.count))
    }

    /// Adds a sequence of the nodes `items`, or a mapping of the nodes `items` taken as key,
    /// value, key, value…, and returns its index.
    mutating func addCollection(_ kind: Kind, _ items: ArraySlice<Int>, mark: Mark, tag: String?) -> Int {
        let start = children.count
        children.append(contentsOf: items)
        let count = kind == .mapping ? items.count / 2 : items.count
        return add(Record(kind: kind, style: .plain, isASCII: true, mark: mark, tag: index(of: tag),
                          start: start, count: count))
    }

    private mutating func add(_ record: Record) -> Int {
        records.append(record)
        return records.count - 1
    }

    private mutating func index(of tag: String?) -> Int {
        guard let tag else { return -1 }
        tags.append(tag)
        return tags.count - 1
    }

    /// The explicit tag of `node`, if one was written.
    func tag(of node: Int) -> String? {
        let tag = records[node].tag
        return tag < 0 ? nil : tags[tag]
    }

    /// The text of the scalar `node`.
    func text(of node: Int) -> String {
        let record = records[node]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[record.start..<record.start + record.count]), as: UTF8.self)
        }
    }

    /// Whether `text`'s bytes are all ASCII: one OR over them, which the compiler does
    /// many bytes at a time.
    static func isASCII(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var bits: UInt8 = 0
        for byte in text { bits |= byte }
        return bits < 0x80
    }

    /// Whether the scalars `first` and `second` have the same bytes.
    func haveSameBytes(_ first: Int, _ second: Int) -> Bool {
        let one = records[first], other = records[second]
        guard one.count == other.count else { return false }
        return bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < one.count && bytes[one.start + offset] == bytes[other.start + offset] { offset += 1 }
            return offset == one.count
        }
    }

    /// Which pair of the mapping `node` is the first whose key is the scalar `key`, as
    /// Strings compare: on the bytes when both are ASCII, as Strings otherwise.
    func position(ofKey key: UnsafeBufferPointer<UInt8>, in node: Int) -> Int? {
        let mapping = records[node]
        let keyIsASCII = NodeTable.isASCII(key)
        return records.withUnsafeBufferPointer { records in
            children.withUnsafeBufferPointer { children in
                bytes.withUnsafeBufferPointer { bytes in
                    var slot = mapping.start
                    for position in 0..<mapping.count {
                        let candidate = children[slot]
                        slot += 2
                        let record = records[candidate]
                        guard record.kind == .scalar else { continue }
                        if record.isASCII && keyIsASCII {
                            // Lengths first, then the first byte: most keys differ there.
                            guard record.count == key.count else { continue }
                            if key.isEmpty { return position }
                            guard bytes[record.start] == key[0] else { continue }
                            var offset = 1
                            while offset < key.count && bytes[record.start + offset] == key[offset] { offset += 1 }
                            if offset == key.count { return position }
                        } else if text(of: candidate) == String(decoding: key, as: UTF8.self) {
                            return position
                        }
                    }
                    return nil
                }
            }
        }
    }

    /// Whether the scalar `node`'s bytes are those of `word`.
    func scalar(_ node: Int, isWord word: StaticString) -> Bool {
        let record = records[node]
        guard record.kind == .scalar, record.count == word.utf8CodeUnitCount else { return false }
        let word = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for offset in 0..<word.count where bytes[record.start + offset] != word[offset] { return false }
        return true
    }

    /// Whether `node` is the merge key: a plain, untagged `<<`.
    func isMergeKey(_ node: Int) -> Bool {
        let record = records[node]
        return record.kind == .scalar && record.style == .plain && record.tag < 0 && record.count == 2
            && bytes[record.start] == UInt8(ascii: "<") && bytes[record.start + 1] == UInt8(ascii: "<")
    }

    /// The child `position` of the collection `node` (for a mapping, key and value alternate).
    func child(_ position: Int, of node: Int) -> Int {
        children[records[node].start + position]
    }

    /// How many nodes `node` stands for, itself included, aliases expanded.
    func expandedCount(of node: Int) -> Int {
        let record = records[node]
        switch record.kind {
        case .scalar: return 1
        case .sequence, .mapping:
            let children = record.kind == .mapping ? 2 * record.count : record.count
            return (0..<children).reduce(1) { $0 + expandedCount(of: child($1, of: node)) }
        }
    }
}

extension NodeTable {
    /// Adds a copy of `node` of `table` and everything below it (what an alias shares is
    /// copied once per reference), and returns the copy's index.
    mutating func copy(_ node: Int, of table: NodeTable) -> Int {
        let record = table.records[node]
        switch record.kind {
        case .scalar:
            return table.bytes.withUnsafeBufferPointer { bytes in
                addScalar(UnsafeBufferPointer(rebasing: bytes[record.start..<record.start + record.count]),
                          style: record.style, mark: record.mark, tag: table.tag(of: node))
            }
        case .sequence, .mapping:
            let count = record.kind == .mapping ? 2 * record.count : record.count
            let items = (0..<count).map { copy(table.child($0, of: node), of: table) }
            return addCollection(record.kind, items[...], mark: record.mark, tag: table.tag(of: node))
        }
    }
}
