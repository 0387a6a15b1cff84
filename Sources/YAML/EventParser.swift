import CLibYAML

/// One event of libyaml's event stream, with the C types converted away.
enum ParserEvent {
    case streamStart
    case streamEnd
    case documentStart(mark: Mark)
    case documentEnd
    case alias(anchor: String, mark: Mark)
    case scalar(value: String, style: ScalarStyle, anchor: String?, tag: String?, mark: Mark)
    case sequenceStart(anchor: String?, tag: String?, mark: Mark)
    case sequenceEnd
    case mappingStart(anchor: String?, tag: String?, mark: Mark)
    case mappingEnd
}

/// libyaml's event parser over a byte buffer. The only type that touches C; `deinit`
/// frees the parser and the buffer it reads.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var finished = false

    /// Creates a parser over a copy of `bytes`.
    init(bytes: [UInt8]) {
        parser = .allocate(capacity: 1)
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    /// The next event, or nil after the stream ends.
    func next() throws(YAMLError) -> ParserEvent? {
        if finished { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw currentError() }
        defer { yaml_event_delete(&event) }
        let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(mark: mark)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.text(event.data.alias.anchor) ?? "", mark: mark)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let value = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: Int(scalar.length)), as: UTF8.self)
            } ?? ""
            return .scalar(value: value, style: Self.style(scalar.style), anchor: Self.text(scalar.anchor),
                           tag: Self.text(scalar.tag), mark: mark)
        case YAML_SEQUENCE_START_EVENT:
            let start = event.data.sequence_start
            return .sequenceStart(anchor: Self.text(start.anchor), tag: Self.text(start.tag), mark: mark)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            let start = event.data.mapping_start
            return .mappingStart(anchor: Self.text(start.anchor), tag: Self.text(start.tag), mark: mark)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            throw YAMLError("unexpected parser event", at: mark)
        }
    }

    private func currentError() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "malformed input"
        let context = state.context.map { String(cString: $0) }
        let message = context.map { "\($0): \(problem)" } ?? problem
        if state.error == YAML_READER_ERROR {
            return YAMLError(message, at: mark(atOffset: state.problem_offset))
        }
        let mark = Mark(line: Int(state.problem_mark.line) + 1, column: Int(state.problem_mark.column) + 1)
        return YAMLError(message, at: mark)
    }

    /// The line and column of a byte offset, for reader errors, which carry only an offset.
    private func mark(atOffset offset: Int) -> Mark {
        var line = 1
        var column = 1
        for byte in buffer.prefix(min(offset, buffer.count)) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
