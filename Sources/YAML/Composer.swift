/// Builds node trees from parser events: anchors and aliases, merge keys, duplicate-key
/// warnings, and the limits on depth, documents and alias expansion.
struct Composer {
    private enum Frame {
        case sequence(items: [YAMLNode], weight: Int, anchor: String?, tag: String?, mark: Mark)
        case mapping(pairs: [YAMLPair], pendingKey: YAMLNode?, weight: Int, anchor: String?, tag: String?, mark: Mark)
    }

    private let limits: YAMLLimits
    private var stack: [Frame] = []
    private var anchors: [String: (node: YAMLNode, weight: Int)] = [:]
    private var expanded = 0
    private var documents: [YAMLNode] = []
    private var warnings: [YAMLWarning] = []

    init(limits: YAMLLimits) {
        self.limits = limits
    }

    /// Reads every event from `parser` and returns the stream it describes.
    mutating func compose(_ parser: EventParser) throws(YAMLError) -> YAMLStream {
        while let event = try parser.next() {
            switch event {
            case .streamStart, .streamEnd, .documentEnd:
                break
            case .documentStart:
                anchors.removeAll(keepingCapacity: true)
                if documents.count >= limits.maxDocuments {
                    throw YAMLError("more than \(limits.maxDocuments) documents in one file", at: .start)
                }
            case .alias(let anchor, let mark):
                guard let target = anchors[anchor] else {
                    throw YAMLError("alias *\(anchor) refers to no anchor defined before it", at: mark)
                }
                expanded += target.weight
                if expanded > limits.maxExpandedNodes {
                    throw YAMLError(
                        "aliases expand to more than \(limits.maxExpandedNodes) nodes (an alias bomb?); refused",
                        at: mark)
                }
                try add(target.node, weight: target.weight, anchor: nil)
            case .scalar(let value, let style, let anchor, let tag, let mark):
                expanded += 1
                try add(YAMLNode(.scalar(value, style), mark: mark, tag: tag), weight: 1, anchor: anchor)
            case .sequenceStart(let anchor, let tag, let mark):
                try push(.sequence(items: [], weight: 1, anchor: anchor, tag: tag, mark: mark), at: mark)
            case .mappingStart(let anchor, let tag, let mark):
                try push(.mapping(pairs: [], pendingKey: nil, weight: 1, anchor: anchor, tag: tag, mark: mark), at: mark)
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else { break }
                switch frame {
                case .sequence(let items, let weight, let anchor, let tag, let mark):
                    try add(YAMLNode(.sequence(items), mark: mark, tag: tag), weight: weight, anchor: anchor)
                case .mapping(let pairs, _, let weight, let anchor, let tag, let mark):
                    let resolved = resolveMapping(pairs)
                    try add(YAMLNode(.mapping(resolved), mark: mark, tag: tag), weight: weight, anchor: anchor)
                }
            }
        }
        return YAMLStream(documents: documents, warnings: warnings)
    }

    private mutating func push(_ frame: Frame, at mark: Mark) throws(YAMLError) {
        if stack.count >= limits.maxDepth {
            throw YAMLError("nesting deeper than \(limits.maxDepth) levels; refused", at: mark)
        }
        expanded += 1
        stack.append(frame)
    }

    private mutating func add(_ node: YAMLNode, weight: Int, anchor: String?) throws(YAMLError) {
        if let anchor { anchors[anchor] = (node, weight) }
        guard let top = stack.popLast() else {
            documents.append(node)
            return
        }
        switch top {
        case .sequence(var items, let total, let anchor, let tag, let mark):
            items.append(node)
            stack.append(.sequence(items: items, weight: total + weight, anchor: anchor, tag: tag, mark: mark))
        case .mapping(var pairs, let pendingKey, let total, let anchor, let tag, let mark):
            if let key = pendingKey {
                pairs.append(YAMLPair(key: key, value: node))
                stack.append(.mapping(pairs: pairs, pendingKey: nil, weight: total + weight, anchor: anchor, tag: tag, mark: mark))
            } else {
                stack.append(.mapping(pairs: pairs, pendingKey: node, weight: total + weight, anchor: anchor, tag: tag, mark: mark))
            }
        }
    }

    /// Applies merge keys (`<<: *base`; explicit keys win, earlier merge sources win over
    /// later ones) and drops duplicate keys, keeping the last and warning at the repeat.
    private mutating func resolveMapping(_ pairs: [YAMLPair]) -> [YAMLPair] {
        var explicit: [YAMLPair] = []
        var merged: [YAMLPair] = []
        var firstSeen: [String: Mark] = [:]
        var lastIndex: [String: Int] = [:]
        explicit.reserveCapacity(pairs.count)
        for pair in pairs {
            if case .scalar("<<", .plain) = pair.key.content, pair.key.tag == nil {
                let sources = pair.value.sequence ?? [pair.value]
                for source in sources { merged.append(contentsOf: source.mapping ?? []) }
                continue
            }
            if let key = pair.key.string {
                if let first = firstSeen[key] {
                    warnings.append(YAMLWarning(
                        "duplicate key '\(key)' (first at line \(first.line), column \(first.column)); the last one is used",
                        at: pair.key.mark))
                    if let index = lastIndex[key] { explicit[index] = pair }
                    continue
                }
                firstSeen[key] = pair.key.mark
                lastIndex[key] = explicit.count
            }
            explicit.append(pair)
        }
        guard !merged.isEmpty else { return explicit }
        for pair in merged {
            guard let key = pair.key.string else { continue }
            if firstSeen[key] == nil {
                firstSeen[key] = pair.key.mark
                explicit.append(pair)
            }
        }
        return explicit
    }
}
