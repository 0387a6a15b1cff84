import YAML

/// A parsed file handed to a reader, with helpers that keep every value's location.
struct LoadedFile: Sendable {
    /// The path relative to the scanned root.
    let path: String
    /// The documents it holds (none for a text format).
    let documents: [YAMLNode]
    /// Its lines, without their line breaks (`\n` or `\r\n`), for a reader of a text format
    /// (``FileSyntax/text``); empty for YAML, JSON and TOML, whose readers read nodes.
    let lines: [Substring]

    /// The location of a mark in this file.
    func location(_ mark: Mark) -> SourceLocation {
        SourceLocation(path: path, line: mark.line, column: mark.column)
    }

    /// The location where `node` starts.
    func location(_ node: YAMLNode) -> SourceLocation { location(node.mark) }

    /// The location of `key` in the mapping `node`, where the key is written.
    func location(ofKey key: String, in node: YAMLNode?) -> SourceLocation? {
        node?.pair(key).map { location($0.key.mark) }
    }

    /// The scalar under `key`, located at the key.
    func string(_ key: String, in node: YAMLNode?) -> Located<String>? {
        guard let pair = node?.pair(key), let text = pair.value.string, !pair.value.isNull else { return nil }
        return Located(text, at: location(pair.key.mark))
    }

    /// The boolean under `key` (a plain `true`/`false`), located at the key.
    func bool(_ key: String, in node: YAMLNode?) -> Located<Bool>? {
        guard let pair = node?.pair(key), let value = pair.value.bool else { return nil }
        return Located(value, at: location(pair.key.mark))
    }

    /// The integer under `key` (a plain decimal), located at the key.
    func int(_ key: String, in node: YAMLNode?) -> Located<Int>? {
        guard let pair = node?.pair(key), let value = pair.value.int else { return nil }
        return Located(value, at: location(pair.key.mark))
    }

    /// The scalars of the sequence under `key` (or the single scalar there), each located
    /// where it is written.
    func strings(_ key: String, in node: YAMLNode?) -> [Located<String>] {
        guard let value = node?[key] else { return [] }
        return strings(value)
    }

    /// The scalars of a sequence node (or the node itself when it is a scalar), located.
    func strings(_ node: YAMLNode) -> [Located<String>] {
        if let items = node.sequence {
            // Made at the size of the sequence, not grown item by item.
            var found: [Located<String>] = []
            found.reserveCapacity(items.count)
            for item in items {
                if let text = item.string { found.append(Located(text, at: location(item))) }
            }
            return found
        }
        if let text = node.string, !node.isNull { return [Located(text, at: location(node))] }
        return []
    }

    /// Name–value settings from a mapping (`{NAME: value}`), a Kubernetes-style list
    /// (`[{name, value}]`) or a Compose-style list (`["NAME=value"]`); each located at its value.
    func variables(_ node: YAMLNode?, origin: String) -> [EnvironmentVariable] {
        guard let node else { return [] }
        if let pairs = node.mapping {
            var variables: [EnvironmentVariable] = []
            variables.reserveCapacity(pairs.count)
            for pair in pairs {
                guard let name = pair.key.string else { continue }
                let value = pair.value.string ?? ""
                variables.append(EnvironmentVariable(name: name, value: value, location: location(pair.value.isNull ? pair.key : pair.value),
                                                     origin: origin))
            }
            return variables
        }
        guard let items = node.sequence else { return [] }
        return items.compactMap { item in
            if let text = item.string {
                let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard let name = parts.first else { return nil }
                return EnvironmentVariable(name: String(name), value: parts.count > 1 ? String(parts[1]) : "",
                                           location: location(item), origin: origin)
            }
            guard let name = item["name"]?.string else { return nil }
            let valueNode = item["value"]
            let value = valueNode?.string ?? ""
            return EnvironmentVariable(name: name, value: value, location: location(valueNode ?? item), origin: origin)
        }
    }
}
