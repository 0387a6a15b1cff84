/// Reads Dockerfiles and Containerfiles (`Dockerfile`, `Dockerfile.dev`, `api.Dockerfile`,
/// `Containerfile`): one ``ContainerBuild`` per file, with its stages and, in each stage,
/// the last `USER`, the `ENV` settings and `ARG` defaults, and the `RUN` commands, each
/// located where written.
///
/// Instructions are matched without regard to case; continuation lines (the escape
/// character, `\` or the one an `# escape=` directive sets, at the end of a line) are
/// joined, with comment and blank lines inside them dropped; `RUN` takes both the shell
/// form and the JSON-array form; heredocs (`RUN <<EOF`) are read to their terminator and
/// each line of a `RUN` heredoc counts as a command. Dockerfiles describe how an image is
/// built, not an agent, so they mark no agent root. Templates (`Dockerfile.j2`,
/// `Dockerfile.tmpl`) and per-Dockerfile ignore files (`Dockerfile.dockerignore`) are not read.
struct DockerfileReader: FormatReader {
    let format = FileFormat.dockerfile
    let syntax = FileSyntax.text

    /// Name endings of files that look like Dockerfiles but are templates or ignore lists.
    private static let excludedSuffixes = [".dockerignore", ".j2", ".jinja", ".tmpl", ".tpl", ".template", ".erb", ".mustache"]

    /// What the reader does with an instruction, by its upper-cased keyword (`FROM` aside).
    private enum Handling {
        /// A stage keeps its settings: `ARG`, `ENV`, `USER`, `RUN`.
        case kept
        /// Docker knows it, and it holds nothing this reader keeps.
        case ignored
        /// Docker does not know it.
        case unknown

        /// The handling of `keyword`: a few keywords compared in turn cost less than hashing one.
        init(_ keyword: String) {
            switch keyword {
            case "ARG", "ENV", "USER", "RUN":
                self = .kept
            case "ADD", "COPY", "CMD", "ENTRYPOINT", "EXPOSE", "LABEL", "WORKDIR", "VOLUME", "STOPSIGNAL", "HEALTHCHECK",
                 "SHELL", "ONBUILD", "MAINTAINER":
                self = .ignored
            default:
                self = .unknown
            }
        }
    }

    /// The names of the two kinds of file, each with the prefix and suffix that mark a variant.
    private static let kinds = [("dockerfile", "dockerfile.", ".dockerfile"), ("containerfile", "containerfile.", ".containerfile")]

    /// Whether the name is a Dockerfile's or a Containerfile's (or a variant's) and not an
    /// excluded one: the name is looked at first, since almost no file passes it.
    func claims(_ file: PathName) -> Bool {
        let name = file.lowercasedName
        let named = DockerfileReader.kinds.contains { kind, prefix, suffix in
            name == kind || name.hasPrefix(prefix) || name.hasSuffix(suffix)
        }
        return named && !DockerfileReader.excludedSuffixes.contains(where: { name.hasSuffix($0) })
    }

    /// Reads the lines as UTF-8 bytes: every character the syntax gives a meaning to is
    /// ASCII, so a byte that is part of a non-ASCII character never matches one; columns
    /// count characters (``Instruction/location(_:in:)``).
    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let lines = file.lines.map { [UInt8](bytesOf: $0) }
        let escape = DockerfileReader.escapeCharacter(lines)
        var build = ContainerBuild(location: SourceLocation(path: file.path, line: 1, column: 1))
        var stage: BuildStage?
        var index = 0
        while index < lines.count {
            guard let instruction = DockerfileReader.instruction(lines, at: &index, escape: escape) else { continue }
            let keyword = instruction.keyword
            let location = instruction.location(0, in: file)
            let heredocs = ["RUN", "COPY", "ADD"].contains(keyword) ? instruction.heredocTerminators() : []
            let bodies = heredocs.map { DockerfileReader.heredocBody(lines, at: &index, terminator: $0, file: file) }
            if keyword == "FROM" {
                if let stage { build.stages.append(stage) }
                stage = DockerfileReader.stage(instruction, file: file)
                if stage == nil {
                    diagnostics.append(InputDiagnostic("FROM without an image; stage ignored", at: location, kind: .warning))
                }
                continue
            }
            let handling = Handling(keyword)
            let kept = handling == .kept
            guard handling != .unknown else {
                diagnostics.append(InputDiagnostic("unknown instruction \"\(keyword)\"; ignored", at: location, kind: .warning))
                continue
            }
            guard stage != nil else {
                if keyword == "ARG" {
                    build.globalArguments += instruction.settings(origin: "\(file.path) ARG", legacyForm: false, file: file)
                } else {
                    diagnostics.append(InputDiagnostic("\(keyword) outside any stage (no FROM before it); ignored", at: location, kind: .warning))
                }
                continue
            }
            if kept {
                DockerfileReader.apply(instruction, keyword: keyword, bodies: bodies, to: &stage!, file: file, diagnostics: &diagnostics)
            }
        }
        if let stage { build.stages.append(stage) }
        guard !build.stages.isEmpty else {
            diagnostics.append(InputDiagnostic("no FROM instruction: no image is built from this file", file: file.path, kind: .warning))
            return
        }
        facts.containerBuilds.append(build)
    }

    /// The stage a `FROM` starts: its base (after options such as `--platform`) and its `AS` name.
    private static func stage(_ instruction: Instruction, file: LoadedFile) -> BuildStage? {
        let words = instruction.words().drop { instruction.text($0).hasPrefix("--") }
        guard let image = words.first else { return nil }
        let rest = Array(words.dropFirst())
        let name = rest.count >= 2 && instruction.text(rest[0]).uppercased() == "AS"
            ? Located(instruction.text(rest[1]), at: instruction.location(rest[1].lowerBound, in: file)) : nil
        return BuildStage(location: instruction.location(0, in: file),
                          base: Located(instruction.text(image), at: instruction.location(image.lowerBound, in: file)), name: name)
    }

    /// Adds what an `ARG`, `ENV`, `USER` or `RUN` instruction (its upper-cased `keyword`)
    /// sets to `stage`.
    private static func apply(_ instruction: Instruction, keyword: String, bodies: [[Located<String>]], to stage: inout BuildStage,
                              file: LoadedFile, diagnostics: inout [InputDiagnostic]) {
        let context = stage.name.map { "\(file.path) stage \"\($0.value)\"" } ?? file.path
        switch keyword {
        case "ARG":
            stage.environment += instruction.settings(origin: "\(context) ARG", legacyForm: false, file: file)
        case "ENV":
            let settings = instruction.settings(origin: "\(context) ENV", legacyForm: true, file: file)
            if settings.isEmpty {
                diagnostics.append(InputDiagnostic("ENV without a name and value; ignored", at: instruction.location(0, in: file), kind: .warning))
            }
            stage.environment += settings
        case "USER":
            guard let word = instruction.words().first else {
                diagnostics.append(InputDiagnostic("USER without a user; ignored", at: instruction.location(0, in: file), kind: .warning))
                return
            }
            stage.user = Located(instruction.unquoted(word), at: instruction.location(word.lowerBound, in: file))
        default:
            guard let command = instruction.command(file: file) else {
                diagnostics.append(InputDiagnostic("RUN without a command; ignored", at: instruction.location(0, in: file), kind: .warning))
                return
            }
            stage.runCommands.append(command)
            stage.runCommands += bodies.joined()
        }
    }

    /// The escape character: `\`, or the one a leading `# escape=` parser directive sets.
    private static func escapeCharacter(_ lines: [[UInt8]]) -> UInt8 {
        for line in lines {
            // Cheap necessary conditions first: the text must start with `#` and hold an `=`.
            guard line.first(where: { !isBlank($0) }) == UInt8(ascii: "#"), line.contains(UInt8(ascii: "=")) else { break }
            let text = String(decoding: line, as: UTF8.self).trimmingBlanks()
            guard text.hasPrefix("#"), let equals = text.firstIndex(of: "=") else { break }
            let name = text[text.index(after: text.startIndex)..<equals].trimmingBlanks().lowercased()
            let value = text[text.index(after: equals)...].trimmingBlanks()
            if name == "escape", value == "`" || value == "\\" { return value.utf8.first! }
            guard name.allSatisfy(\.isLetter) else { break }
        }
        return UInt8(ascii: "\\")
    }

    /// The instruction starting at `lines[index]`, joined with its continuation lines;
    /// nil (having moved past it) for a blank or comment line.
    private static func instruction(_ lines: [[UInt8]], at index: inout Int, escape: UInt8) -> Instruction? {
        let line = lines[index]
        index += 1
        guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] != UInt8(ascii: "#") else { return nil }
        var instruction = Instruction(escape: escape)
        instruction.append(line[first...], line: index, firstColumn: first + 1)
        while instruction.endsWithContinuation() {
            instruction.dropContinuation()
            while index < lines.count, isBlankOrComment(lines[index]) { index += 1 }
            guard index < lines.count else { break }
            index += 1
            instruction.append(lines[index - 1][...], line: index, firstColumn: 1)
        }
        return instruction.bytes.isEmpty ? nil : instruction
    }

    /// The lines of a heredoc body from `lines[index]` up to its terminator (which is
    /// consumed too), each non-blank line that is not a comment located at its first character.
    private static func heredocBody(_ lines: [[UInt8]], at index: inout Int, terminator: Heredoc,
                                    file: LoadedFile) -> [Located<String>] {
        var body: [Located<String>] = []
        while index < lines.count {
            let line = lines[index]
            index += 1
            let text = String(decoding: line, as: UTF8.self)
            let compared = terminator.stripsTabs ? String(text.drop { $0 == "\t" }) : text
            if compared == terminator.word { break }
            guard let first = line.firstIndex(where: { !isBlank($0) }), line[first] != UInt8(ascii: "#") else { continue }
            // Only blanks come before `first`: its offset is its column.
            body.append(Located(String(decoding: line[first...], as: UTF8.self),
                                at: SourceLocation(path: file.path, line: index, column: first + 1)))
        }
        return body
    }

    /// Whether a byte is a space or a tab.
    fileprivate static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Whether a line is blank or a comment.
    private static func isBlankOrComment(_ line: [UInt8]) -> Bool {
        guard let first = line.firstIndex(where: { !isBlank($0) }) else { return true }
        return line[first] == UInt8(ascii: "#")
    }
}

/// A heredoc a `RUN`, `COPY` or `ADD` opens: the word that ends it, and whether leading
/// tabs are stripped before comparing (`<<-EOF`).
private struct Heredoc {
    let word: String
    let stripsTabs: Bool
}

/// One instruction's text with its continuation lines joined, as UTF-8 bytes; every
/// character keeps the line and column it was written at.
private struct Instruction {
    /// The escape character (ASCII).
    let escape: UInt8
    /// The bytes, continuations removed.
    private(set) var bytes: [UInt8] = []
    /// Where the bytes from each physical line on were written: the offset in ``bytes`` of
    /// the first one, its 1-based line and column. A later piece may start where an earlier
    /// one, emptied by ``dropContinuation()``, did: the later one counts.
    private var pieces: [(start: Int, line: Int, column: Int)] = []

    init(escape: UInt8) {
        self.escape = escape
    }

    /// Adds the bytes of one physical line, the first at `firstColumn`.
    mutating func append(_ characters: ArraySlice<UInt8>, line: Int, firstColumn: Int) {
        pieces.append((bytes.count, line, firstColumn))
        bytes.append(contentsOf: characters)
    }

    /// Whether the text so far ends with the escape character (trailing blanks aside).
    func endsWithContinuation() -> Bool {
        bytes.last { !DockerfileReader.isBlank($0) } == escape
    }

    /// Removes the trailing blanks and the escape character that continue the line.
    mutating func dropContinuation() {
        while let last = bytes.last, DockerfileReader.isBlank(last) { bytes.removeLast() }
        bytes.removeLast()
    }

    /// The instruction's keyword, upper-cased.
    var keyword: String {
        String(decoding: bytes.prefix { !DockerfileReader.isBlank($0) }, as: UTF8.self).uppercased()
    }

    /// Where the arguments start: after the keyword and the blanks that follow it.
    var argumentsStart: Int {
        let keywordEnd = bytes.firstIndex(where: DockerfileReader.isBlank) ?? bytes.count
        return bytes[keywordEnd...].firstIndex { !DockerfileReader.isBlank($0) } ?? bytes.count
    }

    /// Whether a byte continues a character begun before it (a UTF-8 continuation byte).
    private static func continues(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The location of the character at byte `offset` (past the end: of the last character)
    /// in `file`: its piece's column plus the characters between the piece's start and it.
    func location(_ offset: Int, in file: LoadedFile) -> SourceLocation {
        var offset = min(offset, bytes.count - 1)
        while offset > 0 && Instruction.continues(bytes[offset]) { offset -= 1 }
        let piece = pieces.last { $0.start <= offset }!
        var characters = 0
        for byte in bytes[piece.start..<offset] where !Instruction.continues(byte) { characters += 1 }
        return SourceLocation(path: file.path, line: piece.line, column: piece.column + characters)
    }

    /// The text of a range, as written.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The words of the arguments: runs of characters split at blanks that are neither
    /// quoted nor escaped. An escaped non-ASCII character's first byte is skipped with the
    /// escape and the bytes after it are taken as they come, which splits nothing.
    func words() -> [Range<Int>] {
        var words: [Range<Int>] = []
        var start: Int?
        var quote: UInt8?
        var index = argumentsStart
        while index < bytes.count {
            let byte = bytes[index]
            if byte == escape && quote != UInt8(ascii: "'") && index + 1 < bytes.count {
                if start == nil { start = index }
                index += 2
                continue
            }
            if let open = quote {
                if byte == open { quote = nil }
            } else if DockerfileReader.isBlank(byte) {
                if let begun = start { words.append(begun..<index) }
                start = nil
            } else {
                if start == nil { start = index }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte }
            }
            index += 1
        }
        if let begun = start { words.append(begun..<bytes.count) }
        return words
    }

    /// The text of a range with its quotes removed and its escapes resolved.
    func unquoted(_ range: Range<Int>) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var quote: UInt8?
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == escape && quote != UInt8(ascii: "'") && index + 1 < range.upperBound {
                result.append(bytes[index + 1])
                index += 2
                continue
            }
            if quote == nil && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) {
                quote = byte
            } else if byte == quote {
                quote = nil
            } else {
                result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The name–value settings of an `ENV` or `ARG`: `NAME=value` words, or, when
    /// `legacyForm` allows it (an `ENV`), the legacy `ENV NAME value` form. Each is located
    /// at its value; a name without a value (an `ARG` without a default) sets nothing and is
    /// left out.
    func settings(origin: String, legacyForm: Bool, file: LoadedFile) -> [EnvironmentVariable] {
        let words = words()
        guard let first = words.first else { return [] }
        if legacyForm, !bytes[first].contains(UInt8(ascii: "=")) {
            guard words.count > 1 else { return [] }
            let valueStart = words[1].lowerBound
            var valueEnd = bytes.count
            while valueEnd > valueStart, DockerfileReader.isBlank(bytes[valueEnd - 1]) { valueEnd -= 1 }
            return [EnvironmentVariable(name: text(first), value: unquoted(valueStart..<valueEnd),
                                        location: location(valueStart, in: file), origin: origin)]
        }
        return words.compactMap { word in
            guard let equals = bytes[word].firstIndex(of: UInt8(ascii: "=")), equals > word.lowerBound else { return nil }
            let value = equals + 1..<word.upperBound
            return EnvironmentVariable(name: text(word.lowerBound..<equals), value: unquoted(value),
                                       location: location(value.isEmpty ? word.lowerBound : value.lowerBound, in: file),
                                       origin: origin)
        }
    }

    /// A `RUN`'s command, located where it starts: after options such as `--mount=...`;
    /// a JSON array's items joined with spaces. Nil when there is none.
    func command(file: LoadedFile) -> Located<String>? {
        guard let start = words().first(where: { !text($0).hasPrefix("--") })?.lowerBound else { return nil }
        var end = bytes.count
        while end > start, DockerfileReader.isBlank(bytes[end - 1]) { end -= 1 }
        let written = text(start..<end)
        let command = JSONStringArray.parse(written)?.joined(separator: " ") ?? written
        return Located(command, at: location(start, in: file))
    }

    /// The heredocs the instruction opens (`<<EOF`, `<<-EOF`, `<<"EOF"`), in order.
    func heredocTerminators() -> [Heredoc] {
        var found: [Heredoc] = []
        var index = argumentsStart
        while index + 2 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "<"), bytes[index + 2] != UInt8(ascii: "<") else {
                index += 1
                continue
            }
            index += 2
            let stripsTabs = bytes[index] == UInt8(ascii: "-")
            if stripsTabs { index += 1 }
            let quote = index < bytes.count && (bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")) ? bytes[index] : nil
            if quote != nil { index += 1 }
            let start = index
            while let width = wordCharacterWidth(at: index) { index += width }
            guard index > start else { continue }
            found.append(Heredoc(word: text(start..<index), stripsTabs: stripsTabs))
            if let quote, index < bytes.count, bytes[index] == quote { index += 1 }
        }
        return found
    }

    /// The width in bytes of the character at `index` when it can be part of a heredoc's
    /// word (a letter, as Unicode says, a digit `0`–`9` or `_`); nil otherwise or at the end.
    private func wordCharacterWidth(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        let byte = bytes[index]
        if byte < 0x80 {
            let scalar = Unicode.Scalar(byte)
            return scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" ? 1 : nil
        }
        var end = index + 1
        while end < bytes.count && Instruction.continues(bytes[end]) { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars
        guard character.count == 1, let scalar = character.first, scalar.properties.isAlphabetic else { return nil }
        return end - index
    }
}

/// Parses the JSON-array form of `RUN`, `CMD` and `ENTRYPOINT`: `["sh", "-c", "..."]`.
private enum JSONStringArray {
    /// The strings of a JSON array of strings, or nil when `text` is not one (Docker then
    /// runs it in a shell as written).
    static func parse(_ text: String) -> [String]? {
        var scalars = Substring(text).unicodeScalars[...]
        var items: [String] = []
        skipBlanks(&scalars)
        guard scalars.popFirst() == "[" else { return nil }
        skipBlanks(&scalars)
        if scalars.first == "]" {
            scalars.removeFirst()
            return scalars.allSatisfy { $0 == " " || $0 == "\t" } ? items : nil
        }
        while true {
            skipBlanks(&scalars)
            guard let item = string(&scalars) else { return nil }
            items.append(item)
            skipBlanks(&scalars)
            switch scalars.popFirst() {
            case ",": continue
            case "]": return scalars.allSatisfy { $0 == " " || $0 == "\t" } ? items : nil
            default: return nil
            }
        }
    }

    private static func skipBlanks(_ scalars: inout Substring.UnicodeScalarView.SubSequence) {
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    }

    /// One JSON string, its common escapes resolved.
    private static func string(_ scalars: inout Substring.UnicodeScalarView.SubSequence) -> String? {
        guard scalars.popFirst() == "\"" else { return nil }
        var result = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                guard let escaped = scalars.popFirst() else { return nil }
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(escaped)
                }
            default:
                result.append(scalar)
            }
        }
        return nil
    }
}

private extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
        let trimmed = scalars.reversed().drop { $0 == " " || $0 == "\t" }.reversed()
        return String(scalars: trimmed)
    }
}
