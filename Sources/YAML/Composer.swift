/// Builds a stream's ``NodeTable`` from parser events: anchors and aliases, merge keys,
/// duplicate-key warnings, and the limits on depth, documents and alias expansion.
struct Composer: ~Copyable {
    /// A collection being built. Its children wait on ``children``, from `start` on, until
    /// it ends and they are moved into the table together.
    private struct Frame {
        let isMapping: Bool
        let anchor: String?
        let tag: String?
        let mark: Mark
        let start: Int
        var weight = 1
    }

    private let limits: YAMLLimits
    private var table: NodeTable
    private var stack: [Frame] = []
    /// The children of every open collection, innermost last; a mapping's alternate key, value.
    private var children: [Int] = []
    private var anchors: [String: (node: Int, weight: Int)] = [:]
    private var expanded = 0
    private var documents: [Int] = []
    private var warnings: [YAMLWarning] = []

    /// A composer for a text of `byteCount` bytes.
    init(limits: YAMLLimits, byteCount: Int) {
        self.limits = limits
        table = NodeTable(reservingFor: byteCount)
        // Room for the open collections and their children of most files, so that neither
        // stack grows while a file is read.
        stack.reserveCapacity(16)
        children.reserveCapacity(128)
    }

    /// Reads every event from `parser` and returns the stream it describes.
    mutating func compose(_ parser: EventParser) throws(YAMLError) -> YAMLStream {
        while let kind = try parser.advance() {
            switch kind {
            case .streamStart, .streamEnd, .documentEnd:
                break
            case .documentStart:
                anchors.removeAll(keepingCapacity: true)
                if documents.count >= limits.maxDocuments {
                    throw YAMLError("more than \(limits.maxDocuments) documents in one file", at: parser.mark)
                }
            case .alias:
                let anchor = parser.aliasAnchor
                guard let target = anchors[anchor] else {
                    throw YAMLError("alias *\(anchor) refers to no anchor defined before it", at: parser.mark)
                }
                expanded += target.weight
                if expanded > limits.maxExpandedNodes {
                    throw YAMLError(
                        "aliases expand to more than \(limits.maxExpandedNodes) nodes (an alias bomb?); refused",
                        at: parser.mark)
                }
                add(target.node, weight: target.weight, anchor: nil)
            case .scalar:
                expanded += 1
                let node = parser.withScalarBytes {
                    table.addScalar($0, style: parser.scalarStyle, mark: parser.mark, tag: parser.tag)
                }
                add(node, weight: 1, anchor: parser.anchor)
            case .sequenceStart, .mappingStart:
                try push(Frame(isMapping: kind == .mappingStart, anchor: parser.anchor, tag: parser.tag, mark: parser.mark,
                               start: children.count))
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else { break }
                let node = frame.isMapping
                    ? endMapping(frame)
                    : table.addCollection(.sequence, children[frame.start...], mark: frame.mark, tag: frame.tag)
                children.removeLast(children.count - frame.start)
                add(node, weight: frame.weight, anchor: frame.anchor)
            }
        }
        let tree = YAMLTree(table)
        return YAMLStream(documents: documents.map { YAMLNode(tree: tree, index: $0) }, warnings: warnings)
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError("nesting deeper than \(limits.maxDepth) levels; refused", at: frame.mark)
        }
        expanded += 1
        stack.append(frame)
    }

    private mutating func add(_ node: Int, weight: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            documents.append(node)
            return
        }
        stack[stack.count - 1].weight += weight
        children.append(node)
    }

    /// Adds the mapping whose keys and values wait on ``children`` from `frame.start` on (a
    /// key left without a value is dropped).
    private mutating func endMapping(_ frame: Frame) -> Int {
        let end = frame.start + (children.count - frame.start) / 2 * 2
        let written = children[frame.start..<end]
        if isPlain(written) { return table.addCollection(.mapping, written, mark: frame.mark, tag: frame.tag) }
        return table.addCollection(.mapping, resolve(written)[...], mark: frame.mark, tag: frame.tag)
    }

    /// Applies merge keys (`<<: *base`; explicit keys win, earlier merge sources win over
    /// later ones) and drops duplicate keys, keeping the last and warning at the repeat.
    /// `written` holds keys and values alternately, and so does the result.
    private mutating func resolve(_ written: ArraySlice<Int>) -> [Int] {
        var explicit: [Int] = []
        var merged: [Int] = []
        // Each key's first mark and its pair's slot in `explicit`: one hash lookup per key.
        var seen: [String: (first: Mark, index: Int)] = [:]
        explicit.reserveCapacity(written.count)
        seen.reserveCapacity(written.count / 2)
        for position in stride(from: written.startIndex, to: written.endIndex, by: 2) {
            let key = written[position], value = written[position + 1]
            if table.isMergeKey(key) {
                let sources = table.records[value].kind == .sequence
                    ? (0..<table.records[value].count).map { table.child($0, of: value) } : [value]
                for source in sources where table.records[source].kind == .mapping {
                    merged += (0..<2 * table.records[source].count).map { table.child($0, of: source) }
                }
                continue
            }
            if table.records[key].kind == .scalar {
                let text = table.text(of: key)
                let mark = table.records[key].mark
                if let earlier = seen.updateValue((mark, explicit.count / 2), forKey: text) {
                    seen[text] = earlier
                    warnings.append(YAMLWarning(
                        "duplicate key '\(text)' (first at line \(earlier.first.line), column \(earlier.first.column)); the last one is used",
                        at: mark))
                    explicit[2 * earlier.index] = key
                    explicit[2 * earlier.index + 1] = value
                    continue
                }
            }
            explicit.append(key)
            explicit.append(value)
        }
        guard !merged.isEmpty else { return explicit }
        for position in stride(from: 0, to: merged.count, by: 2) {
            let key = merged[position]
            guard table.records[key].kind == .scalar else { continue }
            let text = table.text(of: key)
            if seen[text] == nil {
                seen[text] = (table.records[key].mark, explicit.count / 2)
                explicit.append(key)
                explicit.append(merged[position + 1])
            }
        }
        return explicit
    }

    /// The most pairs a mapping may have for ``isPlain(_:)`` to compare its keys pairwise:
    /// up to this many, comparing lengths and then bytes costs less than making each key a
    /// String and hashing it; beyond, the pairs grow as a square and hashing wins.
    private static let pairwiseLimit = 64

    /// Whether a mapping of at most ``pairwiseLimit`` pairs (nearly all are) has neither
    /// merge keys nor duplicate keys, so it stays as written: found by comparing the bytes
    /// of its keys pairwise (their lengths first). A larger mapping, or one with a non-ASCII
    /// key (compared as Strings), is resolved by hashing instead.
    private func isPlain(_ written: ArraySlice<Int>) -> Bool {
        guard written.count / 2 <= Composer.pairwiseLimit else { return false }
        for position in stride(from: written.startIndex, to: written.endIndex, by: 2) {
            let key = written[position]
            let record = table.records[key]
            guard record.kind == .scalar else { continue }
            if !record.isASCII || table.isMergeKey(key) { return false }
            for earlier in stride(from: written.startIndex, to: position, by: 2)
            where table.records[written[earlier]].kind == .scalar && table.haveSameBytes(written[earlier], key) {
                return false
            }
        }
        return true
    }
}
