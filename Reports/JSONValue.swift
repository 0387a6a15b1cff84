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
        var output = ""
        write(into: &output, indent: 0)
        output.append("\n")
        return output
    }

    /// A string, or null for nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An integer, or null for nil.
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.integer) ?? .null }

    private func write(into output: inout String, indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { output.append("{}"); return }
            output.append("{\n")
            for (index, (key, value)) in pairs.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                JSONValue.writeString(key, into: &output)
                output.append(": ")
                value.write(into: &output, indent: indent + 2)
                output.append(index == pairs.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: " ", count: indent))
            output.append("}")
        case .array(let items):
            guard !items.isEmpty else { output.append("[]"); return }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                output.append(String(repeating: " ", count: indent + 2))
                item.write(into: &output, indent: indent + 2)
                output.append(index == items.count - 1 ? "\n" : ",\n")
            }
            output.append(String(repeating: " ", count: indent))
            output.append("]")
        case .string(let text):
            JSONValue.writeString(text, into: &output)
        case .integer(let number):
            output.append(String(number))
        case .decimal(let number):
            let tenths = Int((number * 10).rounded())
            output.append(tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))")
        case .bool(let flag):
            output.append(flag ? "true" : "false")
        case .null:
            output.append("null")
        }
    }

    private static func writeString(_ text: String, into output: inout String) {
        output.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output.append("\\\"")
            case "\\": output.append("\\\\")
            case "\n": output.append("\\n")
            case "\r": output.append("\\r")
            case "\t": output.append("\\t")
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16)
                    output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output.append("\"")
    }
}
