/// Reads dotenv files: `.env`, `.env.local`, `.env.production`, `prod.env`, and templates
/// such as `.env.example`.
///
/// Each `KEY=VALUE` line (optionally after `export`) becomes a variable of the agent's
/// environment, with origin `.env file <path>`, located at its value and marked with the
/// kind of file it comes from (``EnvironmentVariable/EnvFileKind``): settings, or a template
/// (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`, `example.env`) whose values
/// no check treats as secrets. So `OTEL_*` settings in a `.env` count for the telemetry
/// checks like any other environment. Values may be double-quoted (`\n`, `\t`, `\"` and `\\`
/// resolved; the value may span lines), single-quoted (literal), or bare (ending at a blank
/// followed by `#`). A line that is none of these is reported with its location and skipped;
/// a bare `KEY` sets nothing. Dotenv files mark no agent root. Encrypted files (`.env.gpg`,
/// `.env.age`, `.env.enc`, `.env.asc`), editor swap files, and code or data files named like
/// them (`.env.ts`, `.env.json`, `.env.sh`) are not read.
struct DotEnvReader: FormatReader {
    let format = FileFormat.dotEnv
    let syntax = FileSyntax.text

    /// Name parts that make a dotenv file a template of example values.
    private static let templateWords: Set<String> = ["example", "examples", "sample", "template", "dist", "tmpl", "tpl"]

    /// Last extensions of files named like dotenv files that are something else.
    private static let excludedExtensions: Set<String> = [
        "gpg", "age", "enc", "asc", "swp", "swo", "json", "jsonc", "yaml", "yml", "toml", "js", "mjs", "cjs", "ts", "py", "sh",
        "md",
    ]

    func claims(_ file: PathName) -> Bool {
        let name = file.lowercasedName
        if name == ".env" { return true }
        // The name first: almost no file passes it, and only those are split.
        guard name.hasPrefix(".env.") || (name.hasSuffix(".env") && name.count > 4) else { return false }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard let last = parts.last else { return false }
        return !DotEnvReader.excludedExtensions.contains(String(last))
    }

    /// Whether the dotenv file at `path` is a template of example values.
    static func isTemplate(_ path: String) -> Bool {
        ProjectPath.fileName(of: path).lowercased().split(separator: ".").contains { templateWords.contains(String($0)) }
    }

    /// Reads the lines as UTF-8 bytes: every character the syntax gives a meaning to is
    /// ASCII, so a byte that is part of a non-ASCII character never matches one, names are
    /// ASCII, and everything before a reported column (blanks, `export`, the name, `=`) is
    /// ASCII too, so that a byte's offset is its character's.
    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let kind: EnvironmentVariable.EnvFileKind = DotEnvReader.isTemplate(file.path) ? .template : .settings
        let origin = ".env file \(file.path)"
        let lines = file.lines.map { [UInt8](bytesOf: $0) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            guard let start = line.firstIndex(where: { !DotEnvReader.isBlank($0) }), line[start] != UInt8(ascii: "#") else { continue }
            var cursor = start
            if line[cursor..<min(cursor + 6, line.count)].elementsEqual("export".utf8),
               cursor + 6 < line.count, DotEnvReader.isBlank(line[cursor + 6]) {
                cursor += 6
                while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            }
            let keyStart = cursor
            while cursor < line.count, DotEnvReader.isKeyCharacter(line[cursor]) { cursor += 1 }
            let validKey = cursor > keyStart && !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[keyStart])
            let keyEnd = cursor
            while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            if validKey && cursor == line.count { continue }
            guard validKey, line[cursor] == UInt8(ascii: "=") else {
                diagnostics.append(InputDiagnostic("not a KEY=VALUE line; ignored",
                                                   at: SourceLocation(path: file.path, line: number, column: start + 1), kind: .warning))
                continue
            }
            cursor += 1
            while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            let at = cursor < line.count ? cursor : keyStart
            let location = SourceLocation(path: file.path, line: number, column: at + 1)
            let value: String
            if cursor < line.count, line[cursor] == UInt8(ascii: "\"") || line[cursor] == UInt8(ascii: "'") {
                guard let quoted = DotEnvReader.quotedValue(lines, line: number - 1, from: cursor, next: &index) else {
                    diagnostics.append(InputDiagnostic("quoted value never closed; the rest of the file is not read", at: location, kind: .warning))
                    break
                }
                value = quoted
            } else {
                value = DotEnvReader.bareValue(line, from: cursor)
            }
            var variable = EnvironmentVariable(name: DotEnvReader.text(line, keyStart..<keyEnd), value: value, location: location,
                                               origin: origin)
            variable.envFile = kind
            facts.environment.append(variable)
        }
    }

    /// The value of a quoted value opening at `lines[line][start]`, read up to its closing
    /// quote (on a later line when it spans lines; `next` then moves past them); nil when
    /// it is never closed. An escape followed by a non-ASCII character keeps both, as the
    /// character's first byte and the bytes after it are kept as they are.
    private static func quotedValue(_ lines: [[UInt8]], line: Int, from start: Int, next: inout Int) -> String? {
        let quote = lines[line][start]
        var result: [UInt8] = []
        var row = line
        var column = start + 1
        while row < lines.count {
            let text = lines[row]
            while column < text.count {
                let byte = text[column]
                if byte == quote {
                    next = row + 1
                    return String(decoding: result, as: UTF8.self)
                }
                if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"), column + 1 < text.count {
                    let escaped = text[column + 1]
                    switch escaped {
                    case UInt8(ascii: "n"): result.append(UInt8(ascii: "\n"))
                    case UInt8(ascii: "t"): result.append(UInt8(ascii: "\t"))
                    case UInt8(ascii: "r"): result.append(UInt8(ascii: "\r"))
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): result.append(escaped)
                    default:
                        result.append(byte)
                        result.append(escaped)
                    }
                    column += 2
                    continue
                }
                result.append(byte)
                column += 1
            }
            result.append(UInt8(ascii: "\n"))
            row += 1
            column = 0
        }
        return nil
    }

    /// An unquoted value: up to a blank followed by `#` (a comment), trailing blanks removed.
    private static func bareValue(_ line: [UInt8], from start: Int) -> String {
        var end = start
        while end < line.count, !(line[end] == UInt8(ascii: "#") && end > start && isBlank(line[end - 1])) { end += 1 }
        while end > start, isBlank(line[end - 1]) { end -= 1 }
        return text(line, start..<end)
    }

    /// The text of the bytes `range` of `line`, which start and end at whole characters.
    private static func text(_ line: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: line[range], as: UTF8.self)
    }

    /// Whether a byte is a space or a tab.
    private static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    /// Whether a byte can be part of a variable name: a letter, digit, `_`, `.` or `-`.
    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
            return true
        default: return false
        }
    }
}
