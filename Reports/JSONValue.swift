/// A JSON value whose objects keep the key order they were built with, so reports come
/// out byte-identical for the same input.
public indirect enum JSONValue: Sendable, Equatable {
    /// An object, keys in the order given.
    case object([(String, JSONValue)])
    /// An array.
    case array([JSONValue])
    /// A string.
    case string(String)
    /// An integer.
    case integer(Int)
    /// A number with at most one decimal place (scores' weights are multiples of 2.5).
    case decimal(Double)
    /// A boolean.
    case bool(Bool)
    /// null.
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }

    /// The value as pretty-printed JSON with two-space indentation and a final newline.
    public func serialized() -> String {
        var output = JSONOutput()
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return output.text
    }

    /// Appends the value, pretty-printed at `indent`.
    func write(into output: inout JSONOutput, indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { output.append(literal: "{}"); return }
            output.append(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                output.appendItemStart(first: index == 0, indent: indent + 2)
                output.appendJSONString(key)
                output.append(literal: ": ")
                value.write(into: &output, indent: indent + 2)
            }
            output.appendClosingLine(indent: indent)
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { output.append(literal: "[]"); return }
            output.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                output.appendItemStart(first: index == 0, indent: indent + 2)
                item.write(into: &output, indent: indent + 2)
            }
            output.appendClosingLine(indent: indent)
            output.append(UInt8(ascii: "]"))
        case .string(let text):
            output.appendJSONString(text)
        case .integer(let number):
            output.appendJSONInteger(number)
        case .decimal(let number):
            output.appendJSONDecimal(number)
        case .bool(let flag):
            output.append(literal: flag ? "true" : "false")
        case .null:
            output.append(literal: "null")
        }
    }

    /// A string, or null for nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An integer, or null for nil.
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.integer) ?? .null }
}
