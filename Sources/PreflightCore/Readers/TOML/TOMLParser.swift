import YAML

/// Reads TOML (as Codex CLI's `config.toml` is written) into the same located node trees
/// YAML and JSON load into, so readers treat all three alike.
///
/// Tables become mappings (keys in the order written), arrays and arrays of tables become
/// sequences, and every other value a scalar that keeps its text: strings are
/// `.doubleQuoted` (basic) or `.singleQuoted` (literal); integers, floats, booleans and
/// dates are `.plain`, so ``YAMLNode/bool`` and ``YAMLNode/int`` read them. Integers are
/// written out in decimal without underscores (`0x1F` becomes `31`); dates stay text.
/// Every key and value carries its 1-based line and column; the first error stops reading
/// with a ``YAMLError`` at the place it was found.
struct TOMLParser {
    /// Where reading is.
    var cursor: TOMLCursor
    /// Bounds on nesting.
    let limits: YAMLLimits
    /// The document's top-level table.
    private let root = TOMLTable(origin: .header, mark: .start)
    /// The table that key/value lines currently add to (the last header's).
    private var current: TOMLTable
    /// How deep that table is nested (the parts of its header's key).
    private var currentDepth = 0

    /// Reads a whole TOML document into one mapping node.
    ///
    /// - Throws: ``YAMLError`` at the first syntax error, duplicate key or table, or value
    ///   nested deeper than `limits.maxDepth`.
    static func parse(_ bytes: [UInt8], limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode {
        var parser = TOMLParser(cursor: try TOMLCursor(bytes: bytes), limits: limits)
        try parser.readDocument()
        return parser.root.node
    }

    /// Reads a TOML string; see ``parse(_:limits:)``.
    static func parse(_ text: String, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLNode {
        try parse(Array(text.utf8), limits: limits)
    }

    private init(cursor: TOMLCursor, limits: YAMLLimits) {
        self.cursor = cursor
        self.limits = limits
        current = root
    }

    /// Reads line after line: blank lines, comments, table headers and key/value pairs.
    private mutating func readDocument() throws(YAMLError) {
        while true {
            cursor.skipSpaces()
            cursor.skipComment()
            if cursor.isAtEnd { return }
            if cursor.atLineBreak {
                cursor.skipLineBreak()
                continue
            }
            if cursor.current == "[" {
                try readHeader()
                try expectLineEnd(after: "the table header")
            } else {
                try readKeyValue(into: current, depth: currentDepth + 1)
                try expectLineEnd(after: "the value")
            }
        }
    }

    /// Requires the rest of the line to be blank or a comment.
    private mutating func expectLineEnd(after what: String) throws(YAMLError) {
        cursor.skipSpaces()
        cursor.skipComment()
        if cursor.isAtEnd { return }
        guard cursor.atLineBreak else {
            if cursor.current == "\r" { throw YAMLError("carriage return without a line feed", at: cursor.mark) }
            throw YAMLError("expected the end of the line after \(what)", at: cursor.mark)
        }
        cursor.skipLineBreak()
    }

    // MARK: Tables

    /// `[a.b]` or `[[a.b]]`: finds or makes the table the following lines add to.
    private mutating func readHeader() throws(YAMLError) {
        let headerMark = cursor.mark
        cursor.advance()
        let isArray = cursor.current == "["
        if isArray { cursor.advance() }
        cursor.skipSpaces()
        let keys = try readKey()
        cursor.skipSpaces()
        let closing = isArray ? "]]" : "]"
        guard cursor.starts(with: closing) else {
            throw YAMLError("expected '\(closing)' to close the table header", at: cursor.mark)
        }
        cursor.advance(by: closing.count)
        if keys.count > limits.maxDepth {
            throw YAMLError("nested deeper than \(limits.maxDepth) levels", at: headerMark)
        }
        let name = keys.compactMap(\.string).joined(separator: ".")

        var table = root
        for (position, key) in keys.enumerated() {
            let segment = key.string ?? ""
            let isLast = position == keys.count - 1
            guard let existing = table.value(segment) else {
                if isLast && isArray {
                    let array = TOMLTableArray(mark: headerMark)
                    let element = TOMLTable(origin: .header, mark: headerMark)
                    array.append(element)
                    table.insert(key, .tableArray(array))
                    table = element
                } else {
                    let made = TOMLTable(origin: isLast ? .header : .implicit, mark: isLast ? headerMark : key.mark)
                    table.insert(key, .table(made))
                    table = made
                }
                continue
            }
            switch existing {
            case .table(let found):
                if found.origin == .inline {
                    throw YAMLError("'\(segment)' is an inline table and cannot be extended by a header", at: key.mark)
                }
                if isLast {
                    if isArray { throw YAMLError("'\(name)' is already a table, not an array of tables", at: key.mark) }
                    switch found.origin {
                    case .implicit:
                        found.origin = .header
                        found.mark = headerMark
                    case .header:
                        throw YAMLError("table [\(name)] is defined twice", at: key.mark)
                    case .dottedKeys, .inline:
                        throw YAMLError("table [\(name)] was already defined by dotted keys", at: key.mark)
                    }
                }
                table = found
            case .tableArray(let array):
                if isLast {
                    guard isArray else { throw YAMLError("'\(name)' is an array of tables: write [[\(name)]]", at: key.mark) }
                    let element = TOMLTable(origin: .header, mark: headerMark)
                    array.append(element)
                    table = element
                } else if let last = array.tables.last {
                    table = last
                }
            case .scalar, .array:
                throw YAMLError("'\(segment)' already holds \(existing.kind), not a table", at: key.mark)
            }
        }
        current = table
        currentDepth = keys.count
    }

    /// `key = value` (the key possibly dotted), added to `table`; dotted keys make the
    /// tables they name, or extend tables that dotted keys made. `depth` is how deep the
    /// pair's first key sits.
    mutating func readKeyValue(into table: TOMLTable, depth: Int) throws(YAMLError) {
        let keys = try readKey()
        cursor.skipSpaces()
        guard cursor.current == "=" else {
            throw YAMLError("expected '=' after the key", at: cursor.mark)
        }
        cursor.advance()
        cursor.skipSpaces()
        let value = try readValue(depth: depth + keys.count - 1)
        var target = table
        for key in keys.dropLast() {
            let segment = key.string ?? ""
            guard let existing = target.value(segment) else {
                let made = TOMLTable(origin: .dottedKeys, mark: key.mark)
                target.insert(key, .table(made))
                target = made
                continue
            }
            guard case .table(let found) = existing else {
                throw YAMLError("'\(segment)' already holds \(existing.kind), not a table", at: key.mark)
            }
            switch found.origin {
            case .dottedKeys: break
            case .inline: throw YAMLError("'\(segment)' is an inline table and cannot be extended", at: key.mark)
            case .implicit, .header:
                throw YAMLError("table '\(segment)' is defined by a header and cannot be extended by dotted keys", at: key.mark)
            }
            target = found
        }
        guard let last = keys.last else { return }
        if target.value(last.string ?? "") != nil {
            throw YAMLError("duplicate key '\(last.string ?? "")'", at: last.mark)
        }
        target.insert(last, value)
    }

    /// A key: bare or quoted parts joined by dots, each a located scalar node.
    private mutating func readKey() throws(YAMLError) -> [YAMLNode] {
        var parts: [YAMLNode] = []
        while true {
            cursor.skipSpaces()
            let mark = cursor.mark
            switch cursor.current {
            case "\"":
                if cursor.starts(with: "\"\"\"") { throw YAMLError("a key cannot be a multi-line string", at: mark) }
                parts.append(YAMLNode(.scalar(try readBasicString(), .doubleQuoted), mark: mark))
            case "'":
                if cursor.starts(with: "'''") { throw YAMLError("a key cannot be a multi-line string", at: mark) }
                parts.append(YAMLNode(.scalar(try readLiteralString(), .singleQuoted), mark: mark))
            default:
                var text = ""
                while let scalar = cursor.current, TOMLParser.isBareKeyScalar(scalar) {
                    text.unicodeScalars.append(scalar)
                    cursor.advance()
                }
                guard !text.isEmpty else {
                    if let scalar = cursor.current, !cursor.atLineBreak {
                        throw YAMLError("unexpected '\(Character(scalar))': expected a key", at: mark)
                    }
                    throw YAMLError("expected a key", at: mark)
                }
                parts.append(YAMLNode(.scalar(text, .plain), mark: mark))
            }
            cursor.skipSpaces()
            guard cursor.current == "." else { return parts }
            cursor.advance()
        }
    }

    /// Letters, digits, `_` and `-`: what a bare key is made of.
    private static func isBareKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
        default: return false
        }
    }
}
