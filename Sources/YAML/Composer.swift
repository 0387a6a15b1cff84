/// Builds node trees from parser events: anchors and aliases, merge keys, duplicate-key
/// warnings, and the limits on depth, documents and alias expansion.
struct Composer: ~Copyable {
    /// A collection being built. Its children wait on ``children``, from `start` on, so that
    /// each collection's own array is made once, at its final size, when it ends (rather than
    /// grown child by child).
    private struct Frame {
        let isMapping: Bool
        let anchor: String?
        let tag: String?
        let mark: Mark
        let start: Int
        var weight = 1
    }

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    /// The children of every open collection, innermost last; a mapping's alternate key, value.
    private var children = NodeStack()
    private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    private var expanded = 0
    private var documents: [YAMLNode] = []
    private var warnings: [YAMLWarning] = []

    init(limits: YAMLLimits) {
        self.limits = limits
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
                add(YAMLNode(.scalar(parser.scalarValue, parser.scalarStyle), mark: parser.mark, tag: parser.tag),
                    weight: 1, anchor: parser.anchor)
            case .sequenceStart, .mappingStart:
                try push(Frame(isMapping: kind == .mappingStart, anchor: parser.anchor, tag: parser.tag, mark: parser.mark,
                               start: children.count))
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else { break }
                let content: YAMLNode.Content = frame.isMapping
                    ? .mapping(resolveMapping(children.popPairs(from: frame.start)))
                    : .sequence(children.popItems(from: frame.start))
                add(YAMLNode(content, mark: frame.mark, tag: frame.tag), weight: frame.weight, anchor: frame.anchor)
            }
        }
        return YAMLStream(documents: documents, warnings: warnings)
    }

    private mutating func push(_ frame: Frame) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError("nesting deeper than \(limits.maxDepth) levels; refused", at: frame.mark)
        }
        expanded += 1
        stack.append(frame)
    }

    private mutating func add(_ node: YAMLNode, weight: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, weight) }
        guard !stack.isEmpty else {
            documents.append(node)
            return
        }
        stack[stack.count - 1].weight += weight
        children.push(node)
    }

    /// Applies merge keys (`<<: *base`; explicit keys win, earlier merge sources win over
    /// later ones) and drops duplicate keys, keeping the last and warning at the repeat.
    private mutating func resolveMapping(_ pairs: [YAMLPair]) -> [YAMLPair] {
        if Composer.isPlain(pairs) { return pairs }
        var explicit: [YAMLPair] = []
        var merged: [YAMLPair] = []
        // Each key's first mark and its slot in `explicit`: one hash lookup per key.
        var seen: [String: (first: Mark, index: Int)] = [:]
        explicit.reserveCapacity(pairs.count)
        seen.reserveCapacity(pairs.count)
        for pair in pairs {
            if Composer.isMergeKey(pair.key) {
                let sources = pair.value.sequence ?? [pair.value]
                for source in sources { merged.append(contentsOf: source.mapping ?? []) }
                continue
            }
            if let key = pair.key.string {
                if let earlier = seen.updateValue((pair.key.mark, explicit.count), forKey: key) {
                    seen[key] = earlier
                    warnings.append(YAMLWarning(
                        "duplicate key '\(key)' (first at line \(earlier.first.line), column \(earlier.first.column)); the last one is used",
                        at: pair.key.mark))
                    explicit[earlier.index] = pair
                    continue
                }
            }
            explicit.append(pair)
        }
        guard !merged.isEmpty else { return explicit }
        for pair in merged {
            guard let key = pair.key.string else { continue }
            if seen[key] == nil {
                seen[key] = (pair.key.mark, explicit.count)
                explicit.append(pair)
            }
        }
        return explicit
    }

    /// Whether a small mapping (most are) has neither merge keys nor duplicate keys, so it
    /// stays as written: found by comparing its keys pairwise, which costs less than hashing
    /// them, each key looked at in place (no pair or key text copied out). A larger mapping
    /// gets no such test and goes through the hashing path.
    private static func isPlain(_ pairs: [YAMLPair]) -> Bool {
        guard pairs.count <= 8 else { return false }
        return pairs.withUnsafeBufferPointer { buffer in
            for index in buffer.indices {
                if isMergeKey(buffer[index].key) { return false }
                guard case .scalar(let key, _) = buffer[index].key.content else { continue }
                for earlier in 0..<index {
                    if case .scalar(let text, _) = buffer[earlier].key.content, text == key { return false }
                }
            }
            return true
        }
    }

    /// Whether `key` is the merge key: a plain, untagged `<<`.
    private static func isMergeKey(_ key: YAMLNode) -> Bool {
        guard case .scalar("<<", .plain) = key.content else { return false }
        return key.tag == nil
    }
}
