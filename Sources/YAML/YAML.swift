/// Loads YAML and JSON (JSON with comments included) into located node trees.
public enum YAML {
    /// Loads every document of a YAML stream, or of a JSON text when `json` is true.
    ///
    /// - Throws: ``YAMLError`` at the first syntax error, or when a limit is crossed.
    public static func load(_ bytes: [UInt8], json: Bool = false, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLStream {
        if bytes.count > limits.maxBytes {
            throw YAMLError("file is \(bytes.count) bytes, over the \(limits.maxBytes)-byte limit", at: .start)
        }
        let text = json ? JSONText.normalize(bytes) : bytes
        let parser = EventParser(bytes: text)
        var composer = Composer(limits: limits, byteCount: text.count)
        return try composer.compose(parser)
    }

    /// Loads a string; see ``load(_:json:limits:)``.
    public static func load(_ text: String, json: Bool = false, limits: YAMLLimits = .standard) throws(YAMLError) -> YAMLStream {
        try load(Array(text.utf8), json: json, limits: limits)
    }
}
