import YAML

/// The unquoted TOML values: booleans, integers, floats, dates and times, checked and
/// written out as the plain text ``YAMLNode/bool`` and ``YAMLNode/int`` understand.
enum TOMLBareValue {
    /// `token` checked: booleans and dates as written, integers in decimal, floats without
    /// underscores.
    ///
    /// - Throws: ``YAMLError`` at `mark` when the token is none of them, or an integer
    ///   does not fit in 64 bits.
    static func normalized(_ token: String, at mark: Mark) throws(YAMLError) -> String {
        if token == "true" || token == "false" { return token }
        if let integer = integer(token) {
            guard let value = integer else { throw YAMLError("integer \(token) does not fit in 64 bits", at: mark) }
            return String(value)
        }
        if let float = float(token) { return float }
        if isDateOrTime(token) { return token }
        throw YAMLError("invalid value '\(token)': expected a string (in quotes), number, true, false or date", at: mark)
    }

    /// Whether `token` is exactly a date, `1979-05-27`.
    static func isDate(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        return scalars.count == 10 && digits(scalars[0..<4]) && scalars[4] == "-" && digits(scalars[5..<7])
            && scalars[7] == "-" && digits(scalars[8..<10])
    }

    /// A decimal, hexadecimal (`0x`), octal (`0o`) or binary (`0b`) integer: nil when the
    /// token is not one, `.some(nil)` when it is one too large for 64 bits.
    private static func integer(_ token: String) -> Int?? {
        let scalars = Array(token.unicodeScalars)
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where token.hasPrefix(prefix) {
            let body = scalars.dropFirst(2)
            guard separatedDigits(body, radix: radix) else { return nil }
            let text = String(scalars: body.filter { $0 != "_" })
            return .some(Int(text, radix: radix))
        }
        var body = scalars[...]
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        guard separatedDigits(body, radix: 10) else { return nil }
        if body.count > 1 && body.first == "0" { return nil }
        var text = String(scalars: body.filter { $0 != "_" })
        if scalars.first == "-" { text = "-" + text }
        return .some(Int(text))
    }

    /// A float: `3.14`, `-2e-3`, `6.626e-34`, `1_000.5`, `inf`, `-nan`; underscores dropped.
    private static func float(_ token: String) -> String? {
        var body = Substring(token)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        if body == "inf" || body == "nan" { return token }
        let exponentSplit = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "e" || $0 == "E" })
        guard exponentSplit.count <= 2 else { return nil }
        let mantissa = exponentSplit[0]
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, exponentSplit.count == 2 || parts.count == 2 else { return nil }
        let whole = Array(parts[0].unicodeScalars)
        guard separatedDigits(whole[...], radix: 10), !(whole.count > 1 && whole.first == "0") else { return nil }
        if parts.count == 2 {
            guard separatedDigits(Array(parts[1].unicodeScalars)[...], radix: 10) else { return nil }
        }
        if exponentSplit.count == 2 {
            var exponent = exponentSplit[1]
            if exponent.first == "+" || exponent.first == "-" { exponent = exponent.dropFirst() }
            guard separatedDigits(Array(exponent.unicodeScalars)[...], radix: 10) else { return nil }
        }
        return token.replacingUnderscores()
    }

    /// A date, a date and time (with `T`, `t` or a space between, an optional fraction and
    /// an optional `Z` or `±hh:mm` offset), or a time of day.
    private static func isDateOrTime(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        if isTime(scalars[...]) { return true }
        guard scalars.count >= 10, isDate(String(scalars: scalars[0..<10])) else { return false }
        guard scalars.count > 10 else { return true }
        guard scalars[10] == "T" || scalars[10] == "t" || scalars[10] == " " else { return false }
        var rest = scalars[11...]
        if rest.last == "Z" || rest.last == "z" {
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let offset = rest.suffix(5)
            guard digits(offset.prefix(2)), offset.dropFirst(2).first == ":", digits(offset.suffix(2)) else { return false }
            rest = rest.dropLast(6)
        }
        return isTime(rest)
    }

    /// `07:32`, `07:32:00` or `07:32:00.999`.
    private static func isTime(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = scalars.startIndex
        guard scalars.count >= 5, digits(scalars[start..<start + 2]), scalars[start + 2] == ":",
              digits(scalars[start + 3..<start + 5]) else { return false }
        var rest = scalars[(start + 5)...]
        guard !rest.isEmpty else { return true }
        guard rest.count >= 3, rest.first == ":", digits(rest.dropFirst().prefix(2)) else { return false }
        rest = rest.dropFirst(3)
        guard !rest.isEmpty else { return true }
        return rest.first == "." && rest.count > 1 && digits(rest.dropFirst())
    }

    /// Whether every scalar is a decimal digit (and there is at least one).
    private static func digits(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        !scalars.isEmpty && scalars.allSatisfy { ("0"..."9").contains($0) }
    }

    /// Digits of `radix`, with single underscores only between digits.
    private static func separatedDigits(_ scalars: ArraySlice<Unicode.Scalar>, radix: Int) -> Bool {
        guard let first = scalars.first, let last = scalars.last, first != "_", last != "_" else { return false }
        var previousUnderscore = false
        for scalar in scalars {
            if scalar == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
                continue
            }
            previousUnderscore = false
            guard let value = Int(String(scalar), radix: radix), value < radix else { return false }
        }
        return true
    }
}

private extension String {
    /// The text without its underscores.
    func replacingUnderscores() -> String { filter { $0 != "_" } }
}
