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
        var output: [UInt8] = []
        output.reserveCapacity(4_096)
        write(into: &output, indent: 0)
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the value, pretty-printed at `indent`, to a byte buffer.
    public func write(into output: inout [UInt8], indent: Int) {
        switch self {
        case .object(let pairs):
            guard !pairs.isEmpty else { output.append(contentsOf: "{}".utf8); return }
            output.append(contentsOf: "{\n".utf8)
            for (index, (key, value)) in pairs.enumerated() {
                JSONValue.spaces(indent + 2, into: &output)
                JSONValue.writeString(key, into: &output)
                output.append(contentsOf: ": ".utf8)
                value.write(into: &output, indent: indent + 2)
                output.append(contentsOf: (index == pairs.count - 1 ? "\n" : ",\n").utf8)
            }
            JSONValue.spaces(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        case .array(let items):
            guard !items.isEmpty else { output.append(contentsOf: "[]".utf8); return }
            output.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                JSONValue.spaces(indent + 2, into: &output)
                item.write(into: &output, indent: indent + 2)
                output.append(contentsOf: (index == items.count - 1 ? "\n" : ",\n").utf8)
            }
            JSONValue.spaces(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .string(let text):
            JSONValue.writeString(text, into: &output)
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .decimal(let number):
            let tenths = Int((number * 10).rounded())
            output.append(contentsOf: (tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))").utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        }
    }

    /// A string, or null for nil.
    public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// An integer, or null for nil.
    public static func optional(_ number: Int?) -> JSONValue { number.map(JSONValue.integer) ?? .null }

    private static func spaces(_ count: Int, into output: inout [UInt8]) {
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
    }

    /// The bytes a JSON string cannot hold as they are: control characters, DEL, `"` and `\\`.
    private static let escaped: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C }

    /// Writes a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (UTF-8 included) copied as it is, in runs between the bytes that need escaping.
    static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { bytes in JSONValue.escaped.withUnsafeBufferPointer { escaped in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard escaped[Int(byte)] else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "\n"): output.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): output.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): output.append(contentsOf: "\\t".utf8)
                default:
                    let hex = String(byte, radix: 16)
                    output.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        } }
        output.append(UInt8(ascii: "\""))
    }
}

extension Array where Element == UInt8 {
    /// Appends a literal's UTF-8 bytes without going through a String.
    mutating func append(literal: StaticString) {
        literal.withUTF8Buffer { append(contentsOf: $0) }
    }
}
