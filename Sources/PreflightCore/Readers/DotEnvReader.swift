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

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let kind: EnvironmentVariable.EnvFileKind = DotEnvReader.isTemplate(file.path) ? .template : .settings
        let origin = ".env file \(file.path)"
        let lines = file.lines.map { [Unicode.Scalar](scalarsOf: $0) }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let number = index + 1
            index += 1
            guard let start = line.firstIndex(where: { !DotEnvReader.isBlank($0) }), line[start] != "#" else { continue }
            var cursor = start
            if DotEnvReader.text(line, cursor..<min(cursor + 6, line.count)) == "export",
               cursor + 6 < line.count, DotEnvReader.isBlank(line[cursor + 6]) {
                cursor += 6
                while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            }
            let keyStart = cursor
            while cursor < line.count, DotEnvReader.isKeyCharacter(line[cursor]) { cursor += 1 }
            let key = DotEnvReader.text(line, keyStart..<cursor)
            while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            let validKey = !key.isEmpty && !(key.unicodeScalars.first.map { ("0"..."9").contains($0) } ?? true)
            if validKey && cursor == line.count { continue }
            guard validKey, line[cursor] == "=" else {
                diagnostics.append(InputDiagnostic("not a KEY=VALUE line; ignored",
                                                   at: SourceLocation(path: file.path, line: number, column: start + 1), kind: .warning))
                continue
            }
            cursor += 1
            while cursor < line.count, DotEnvReader.isBlank(line[cursor]) { cursor += 1 }
            let at = cursor < line.count ? cursor : keyStart
            let location = SourceLocation(path: file.path, line: number, column: at + 1)
            let value: String
            if cursor < line.count, line[cursor] == "\"" || line[cursor] == "'" {
                guard let quoted = DotEnvReader.quotedValue(lines, line: number - 1, from: cursor, next: &index) else {
                    diagnostics.append(InputDiagnostic("quoted value never closed; the rest of the file is not read", at: location, kind: .warning))
                    break
                }
                value = quoted
            } else {
                value = DotEnvReader.bareValue(line, from: cursor)
            }
            var variable = EnvironmentVariable(name: key, value: value, location: location, origin: origin)
            variable.envFile = kind
            facts.environment.append(variable)
        }
    }

    /// The value of a quoted value opening at `lines[line][start]`, read up to its closing
    /// quote (on a later line when it spans lines; `next` then moves past them); nil when
    /// it is never closed.
    private static func quotedValue(_ lines: [[Unicode.Scalar]], line: Int, from start: Int, next: inout Int) -> String? {
        let quote = lines[line][start]
        var result = String.UnicodeScalarView()
        var row = line
        var column = start + 1
        while row < lines.count {
            let text = lines[row]
            while column < text.count {
                let scalar = text[column]
                if scalar == quote {
                    next = row + 1
                    return String(result)
                }
                if quote == "\"", scalar == "\\", column + 1 < text.count {
                    let escaped = text[column + 1]
                    switch escaped {
                    case "n": result.append("\n")
                    case "t": result.append("\t")
                    case "r": result.append("\r")
                    case "\"", "\\": result.append(escaped)
                    default: result.append(contentsOf: [scalar, escaped])
                    }
                    column += 2
                    continue
                }
                result.append(scalar)
                column += 1
            }
            result.append("\n")
            row += 1
            column = 0
        }
        return nil
    }

    /// An unquoted value: up to a blank followed by `#` (a comment), trailing blanks removed.
    private static func bareValue(_ line: [Unicode.Scalar], from start: Int) -> String {
        var end = start
        while end < line.count, !(line[end] == "#" && end > start && isBlank(line[end - 1])) { end += 1 }
        while end > start, isBlank(line[end - 1]) { end -= 1 }
        return text(line, start..<end)
    }

    /// The characters of `range` in `line`.
    private static func text(_ line: [Unicode.Scalar], _ range: Range<Int>) -> String {
        String(scalars: line[range])
    }

    /// Whether a character is a space or a tab.
    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\t" }

    /// Whether a character can be part of a variable name: a letter, digit, `_`, `.` or `-`.
    private static func isKeyCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", ".", "-": return true
        default: return false
        }
    }
}
