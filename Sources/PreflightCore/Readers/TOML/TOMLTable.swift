import YAML

/// A TOML table while its document is being read: its keys in the order written, and how
/// it came to exist, which decides whether later lines may add to it.
final class TOMLTable {
    /// How a table was defined.
    enum Origin {
        /// Named only as part of a longer header (`a` in `[a.b]`): a later `[a]` may define it.
        case implicit
        /// Defined by its own `[header]` (or `[[header]]`): a second header is an error.
        case header
        /// Made by dotted keys (`a.b = 1`): no header may define it again.
        case dottedKeys
        /// Written inline (`{ ... }`): complete as written.
        case inline
    }

    /// One key and its value.
    struct Entry {
        /// The key's node (its text, how it was quoted, and where it was written).
        let key: YAMLNode
        /// The value.
        let value: TOMLValue
    }

    /// How the table came to exist.
    var origin: Origin
    /// Where the table starts: its header, its opening brace, or the key that made it.
    var mark: Mark
    /// Its keys, in the order written.
    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    /// Creates an empty table.
    init(origin: Origin, mark: Mark) {
        self.origin = origin
        self.mark = mark
    }

    /// The value under `name`, if any.
    func value(_ name: String) -> TOMLValue? {
        positions[name].map { entries[$0].value }
    }

    /// Adds `value` under `key`; the caller has checked the key is new.
    func insert(_ key: YAMLNode, _ value: TOMLValue) {
        positions[key.string ?? ""] = entries.count
        entries.append(Entry(key: key, value: value))
    }

    /// Marks this table, and every table inside it, as complete: inline tables cannot be
    /// extended by later lines.
    func freeze() {
        origin = .inline
        for entry in entries {
            if case .table(let table) = entry.value { table.freeze() }
        }
    }

    /// The table as a located mapping node.
    var node: YAMLNode {
        YAMLNode(.mapping(entries.map { YAMLPair(key: $0.key, value: $0.value.node) }), mark: mark)
    }
}

/// An array of tables (`[[name]]`), which each header with its name extends.
final class TOMLTableArray {
    /// Where the first `[[name]]` header is.
    let mark: Mark
    /// Its tables, in the order written.
    private(set) var tables: [TOMLTable] = []

    /// Creates an empty array of tables.
    init(mark: Mark) {
        self.mark = mark
    }

    /// Adds a table at the end.
    func append(_ table: TOMLTable) {
        tables.append(table)
    }
}

/// A TOML value while its document is being read.
enum TOMLValue {
    /// A string, number, boolean or date, already as a located scalar node.
    case scalar(YAMLNode)
    /// An inline array `[ ... ]`, complete as written.
    case array([TOMLValue], Mark)
    /// A table.
    case table(TOMLTable)
    /// An array of tables.
    case tableArray(TOMLTableArray)

    /// The value as a located node.
    var node: YAMLNode {
        switch self {
        case .scalar(let node): return node
        case .array(let items, let mark): return YAMLNode(.sequence(items.map(\.node)), mark: mark)
        case .table(let table): return table.node
        case .tableArray(let array): return YAMLNode(.sequence(array.tables.map(\.node)), mark: array.mark)
        }
    }

    /// What the value is, in words, for errors.
    var kind: String {
        switch self {
        case .scalar: return "a value"
        case .array: return "an array"
        case .table: return "a table"
        case .tableArray: return "an array of tables"
        }
    }
}
