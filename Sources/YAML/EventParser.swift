import CLibYAML

/// The kind of one event of libyaml's event stream.
enum ParserEventKind {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias
    case scalar
    case sequenceStart
    case sequenceEnd
    case mappingStart
    case mappingEnd
}

/// libyaml's event parser over a byte buffer. The only type that touches C; `deinit`
/// frees the parser, its current event and the buffer it reads.
///
/// It holds one event at a time: ``advance()`` moves to the next one and tells its kind,
/// and the accessors read the parts of it the caller needs, so that no Swift value is
/// made for an event, and no text for a part nobody asks for.
final class EventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var finished = false

    /// Creates a parser over a copy of `bytes`.
    init(bytes: [UInt8]) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        buffer = .allocate(capacity: max(bytes.count, 1))
        _ = buffer.initialize(from: bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_input_string(parser, buffer.baseAddress, bytes.count)
    }

    deinit {
        yaml_event_delete(event)
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
        buffer.deallocate()
    }

    /// Moves to the next event and returns its kind, or nil after the stream ends.
    func advance() throws(YAMLError) -> ParserEventKind? {
        if finished { return nil }
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else { throw currentError() }
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT: return .streamStart
        case YAML_STREAM_END_EVENT:
            finished = true
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_ALIAS_EVENT: return .alias
        case YAML_SCALAR_EVENT: return .scalar
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_MAPPING_START_EVENT: return .mappingStart
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        default: throw YAMLError("unexpected parser event", at: mark)
        }
    }

    /// Where the current event starts.
    var mark: Mark {
        let start = event.pointee.start_mark
        return Mark(line: Int(start.line) + 1, column: Int(start.column) + 1)
    }

    /// Calls `body` with the current scalar's text, in libyaml's buffer (valid until the
    /// next ``advance()``).
    func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let scalar = event.pointee.data.scalar
        return body(UnsafeBufferPointer(start: scalar.value, count: scalar.value == nil ? 0 : Int(scalar.length)))
    }

    /// How the current scalar is written.
    var scalarStyle: ScalarStyle {
        switch event.pointee.data.scalar.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    /// The anchor the current alias refers to.
    var aliasAnchor: String {
        Self.text(event.pointee.data.alias.anchor) ?? ""
    }

    /// The anchor the current scalar or collection start defines, if any.
    var anchor: String? { Self.text(nodeProperties?.anchor) }

    /// The tag of the current scalar or collection start, if one was written.
    var tag: String? { Self.text(nodeProperties?.tag) }

    /// The anchor and tag fields of the current event when it is a scalar or a collection
    /// start, each of which keeps them in its own part of libyaml's event union.
    private var nodeProperties: (anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?)? {
        let data = event.pointee.data
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: return (data.scalar.anchor, data.scalar.tag)
        case YAML_SEQUENCE_START_EVENT: return (data.sequence_start.anchor, data.sequence_start.tag)
        case YAML_MAPPING_START_EVENT: return (data.mapping_start.anchor, data.mapping_start.tag)
        default: return nil
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
}
