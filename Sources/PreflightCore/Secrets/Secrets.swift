import Foundation

/// A secret found in a value: what kind it looks like.
public struct SecretMatch: Sendable, Equatable {
    /// What it looks like ("GitHub token", "password in a URL").
    public let kind: String
    /// The secret text itself, for masking. Never print it.
    public let secret: String
}

/// Recognises credentials in values and masks them. Nothing Preflight prints or writes
/// holds a whole secret: messages use ``mask(_:)`` and every quoted source line goes
/// through ``redact(_:extra:)``.
public enum Secrets {
    /// Known key formats: a prefix, the characters allowed after it, and the least
    /// number of them.
    private static let formats: [(prefix: String, kind: String, minimum: Int, allowed: @Sendable (Character) -> Bool)] = [
        ("sk-ant-", "Anthropic API key", 20, isTokenCharacter),
        ("sk-proj-", "OpenAI API key", 20, isTokenCharacter),
        ("sk-svcacct-", "OpenAI API key", 20, isTokenCharacter),
        ("sk-", "OpenAI API key", 32, isTokenCharacter),
        ("github_pat_", "GitHub token", 22, isTokenCharacter),
        ("ghp_", "GitHub token", 30, isAlphanumeric),
        ("gho_", "GitHub token", 30, isAlphanumeric),
        ("ghu_", "GitHub token", 30, isAlphanumeric),
        ("ghs_", "GitHub token", 30, isAlphanumeric),
        ("ghr_", "GitHub token", 30, isAlphanumeric),
        ("glpat-", "GitLab token", 20, isTokenCharacter),
        ("AKIA", "AWS access key ID", 16, isUpperAlphanumeric),
        ("ASIA", "AWS access key ID", 16, isUpperAlphanumeric),
        ("xoxb-", "Slack token", 10, isTokenCharacter),
        ("xoxp-", "Slack token", 10, isTokenCharacter),
        ("xoxa-", "Slack token", 10, isTokenCharacter),
        ("xoxs-", "Slack token", 10, isTokenCharacter),
        ("AIza", "Google API key", 35, isTokenCharacter),
        ("sk_live_", "Stripe secret key", 20, isAlphanumeric),
        ("rk_live_", "Stripe restricted key", 20, isAlphanumeric),
        ("sbp_", "Supabase access token", 40, isAlphanumeric),
        ("npm_", "npm token", 36, isAlphanumeric),
        ("hf_", "Hugging Face token", 30, isAlphanumeric),
    ]

    /// For each byte, the indices in ``formats`` of the formats whose prefix starts with it.
    private static let formatsByFirstByte: [[Int]] = (0...255).map { byte in
        formats.indices.filter { formats[$0].prefix.utf8.first == UInt8(byte) }
    }

    /// Name fragments that mark a variable or header as holding a credential.
    private static let secretNameFragments = [
        "KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "AUTH", "PRIVATE", "COOKIE", "SESSION",
    ]

    /// Words that make a value a placeholder rather than a secret.
    private static let placeholderWords = [
        "your", "changeme", "change-me", "change_me", "placeholder", "example", "redacted", "dummy", "xxxx",
        "****", "todo", "replace", "insert", "<", "secret-here", "key-here", "token-here", "fake", "sample", "...", "…",
    ]

    /// The secret in `value`, if it holds one. `name` (a variable or header name) lets a
    /// long random value under a secret-like name count even when no known format matches.
    public static func detect(name: String? = nil, value: String) -> SecretMatch? {
        let trimmed = trimmedASCII(value)
        guard trimmed.utf8.count >= 3 else { return nil }
        if ByteSearch.contains(trimmed.utf8, "-----BEGIN"), ByteSearch.contains(trimmed.utf8, "PRIVATE KEY") {
            return SecretMatch(kind: "private key", secret: trimmed)
        }
        if let token = knownFormatToken(in: trimmed) { return token }
        if let password = urlPassword(in: trimmed) { return SecretMatch(kind: "password in a URL", secret: password) }
        guard let name, isSecretName(name) else { return nil }
        var candidate = trimmed
        for scheme in ["Bearer ", "bearer ", "Basic ", "basic ", "token ", "Token "] where candidate.hasPrefix(scheme) {
            candidate = trimmedASCII(String(candidate.dropFirst(scheme.count)))
        }
        guard looksRandom(candidate), !isPlaceholder(trimmed), !isPlaceholder(candidate) else { return nil }
        return SecretMatch(kind: "credential in \(name)", secret: candidate)
    }

    /// Whether `value` is a placeholder: `${VAR}`, `${input:id}`, `${env:VAR}`, `$VAR`,
    /// `<your-key>`, `changeme` and the like.
    public static func isPlaceholder(_ value: String) -> Bool {
        let text = trimmedASCII(value)
        if text.isEmpty { return true }
        if ByteSearch.contains(text.utf8, "${") || text.hasPrefix("$(") || ByteSearch.contains(text.utf8, "{{") { return true }
        if text.hasPrefix("$"), text.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return true }
        for scheme in ["Bearer ", "bearer ", "Basic ", "token "] where text.hasPrefix(scheme) {
            return isPlaceholder(String(text.dropFirst(scheme.count)))
        }
        let lower = ByteSearch.lowercased(text.utf8)
        if placeholderWords.contains(where: { ByteSearch.contains(lower, $0) }) { return true }
        return Set(lower).count <= 2
    }

    /// Whether a variable or header name suggests it holds a credential.
    public static func isSecretName(_ name: String) -> Bool {
        let upper = ByteSearch.uppercased(name.utf8)
        if upper.elementsEqual("AUTHORIZATION".utf8) || upper.elementsEqual("X-API-KEY".utf8) || upper.elementsEqual("API-KEY".utf8) {
            return true
        }
        if ByteSearch.hasSuffix(upper, "_PATH") || ByteSearch.hasSuffix(upper, "_FILE")
            || ByteSearch.hasSuffix(upper, "_URL") && !ByteSearch.contains(upper, "DATABASE") {
            return false
        }
        if ByteSearch.contains(upper, "KEY_ID") && !ByteSearch.contains(upper, "ACCESS") { return false }
        return secretNameFragments.contains { ByteSearch.contains(upper, $0) }
    }

    /// A masked form that shows at most the first four characters and the length:
    /// `ghp_…(40 chars)`.
    public static func mask(_ secret: String) -> String {
        let count = secret.count
        let shown = count >= 16 ? String(secret.prefix(4)) : ""
        return "\(shown)…(\(count) chars)"
    }

    /// `line` with every recognisable secret masked, and every string in `extra` masked
    /// wherever it appears. Used on every source line and message Preflight quotes.
    public static func redact(_ line: String, extra: [String] = []) -> String {
        var result = line
        for secret in extra where secret.utf8.count >= 4 && ByteSearch.contains(result.utf8, secret) {
            result = result.replacingOccurrences(of: secret, with: mask(secret))
        }
        for match in matches(inLine: result) where ByteSearch.contains(result.utf8, match.secret) {
            result = result.replacingOccurrences(of: match.secret, with: mask(match.secret))
        }
        return result
    }

    /// Every secret on one line: tokens in a known format or holding a URL password, and
    /// values of `NAME=value`, `"NAME": "value"` or `NAME: value` with a secret-like name.
    /// With `byName` false, only secrets that identify themselves (known formats, URL
    /// passwords) are matched, not guesses from a secret-like name.
    static func matches(inLine line: String, byName: Bool = true) -> [SecretMatch] {
        guard mayHoldSecret(line) else { return [] }
        var found: [SecretMatch] = []
        for token in tokens(of: line) {
            if let match = detect(value: token), !found.contains(match) { found.append(match) }
        }
        guard byName else { return found }
        for (name, value) in assignments(in: line) {
            if let match = detect(name: name, value: value), !found.contains(where: { $0.secret.contains(match.secret) || match.secret.contains($0.secret) }) {
                found.append(match)
            }
        }
        return found
    }

    // MARK: - Matching

    private static func knownFormatToken(in text: String) -> SecretMatch? {
        for token in tokens(of: text) {
            // In ASCII a prefix's bytes are its Characters (none ends in a `\r` that could pair
            // with a `\n`), so bytes decide, starting from the formats its first byte opens;
            // other text takes String's Unicode-aware test on every format.
            let ascii = token.utf8.allSatisfy { $0 < 0x80 }
            let candidates = ascii ? formatsByFirstByte[Int(token.utf8.first!)] : Array(formats.indices)
            for format in candidates.map({ formats[$0] })
            where ascii ? token.utf8.starts(with: format.prefix.utf8) : token.hasPrefix(format.prefix) {
                let rest = token.dropFirst(format.prefix.count)
                if rest.count >= format.minimum, rest.allSatisfy(format.allowed), !isPlaceholder(String(rest)) {
                    return SecretMatch(kind: format.kind, secret: token)
                }
            }
        }
        return nil
    }

    /// Fragments, matched ignoring case, of which a line holding a secret has at least one:
    /// a known key prefix, a URL with credentials, a private key, or a secret-like name.
    private static let lineHints = FragmentSet(
        formats.map { $0.prefix } + ["://", "-----begin", "authorization", "api-key"] + secretNameFragments)

    /// A cheap test run before any tokenising: whether `line` holds one of ``lineHints``,
    /// in a single pass over its bytes.
    static func mayHoldSecret<Line: StringProtocol>(_ line: Line) -> Bool {
        line.utf8.count >= 8 && lineHints.occurs(in: line)
    }

    /// `text` without leading and trailing ASCII white space.
    private static func trimmedASCII(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !ByteSearch.isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !ByteSearch.isSpace($0) })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
        return String(text[first...last])
    }

    /// The password of a `scheme://user:password@host` URL, when it is a literal.
    private static func urlPassword(in text: String) -> String? {
        guard ByteSearch.contains(text.utf8, "://"), text.utf8.contains(UInt8(ascii: "@")),
              let schemeEnd = text.range(of: "://") else { return nil }
        let afterScheme = text[schemeEnd.upperBound...]
        guard let at = afterScheme.firstIndex(of: "@") else { return nil }
        let userInfo = afterScheme[..<at]
        guard !userInfo.contains("/"), let colon = userInfo.firstIndex(of: ":") else { return nil }
        let password = String(userInfo[userInfo.index(after: colon)...])
        guard password.count >= 3, !isPlaceholder(password) else { return nil }
        return password
    }

    /// Whether a value is long and varied enough to be a generated credential: at least 12
    /// characters, no space, two of the classes lower case, upper case, digits and `-_+/=.`,
    /// and at least 3 bits of entropy per character. ASCII text without a carriage return
    /// (where each byte is a Character) is judged on its bytes.
    private static func looksRandom(_ text: String) -> Bool {
        guard text.utf8.count >= 12 else { return false }
        var copy = text
        if let verdict = copy.withUTF8({ asciiLooksRandom($0) }) { return verdict }
        guard text.count >= 12, !text.contains(" ") else { return false }
        let classes = [
            text.contains(where: \.isLowercase), text.contains(where: \.isUppercase),
            text.contains(where: \.isNumber), text.contains(where: { "-_+/=.".contains($0) }),
        ].filter { $0 }.count
        guard classes >= 2 else { return false }
        var counts: [Character: Int] = [:]
        for character in text { counts[character, default: 0] += 1 }
        return entropy(counts: Array(counts.values), total: text.count) >= 3.0
    }

    /// ``looksRandom(_:)`` on `bytes` when they are ASCII without a carriage return, so that
    /// each byte is one Character; nil for other text.
    private static func asciiLooksRandom(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var counts = [Int](repeating: 0, count: 128)
        var lower = false, upper = false, digit = false, symbol = false, space = false
        for byte in bytes {
            guard byte < 0x80, byte != UInt8(ascii: "\r") else { return nil }
            counts[Int(byte)] += 1
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): lower = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = true
            case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "/"), UInt8(ascii: "="), UInt8(ascii: "."):
                symbol = true
            case UInt8(ascii: " "): space = true
            default: break
            }
        }
        guard !space, [lower, upper, digit, symbol].filter({ $0 }).count >= 2 else { return false }
        return entropy(counts: counts.filter { $0 > 0 }, total: bytes.count) >= 3.0
    }

    /// Shannon entropy in bits per character of a text of `total` characters whose distinct
    /// characters occur `counts` times. The terms are summed from the rarest character up, so
    /// the result does not depend on the order the counts come in.
    static func entropy(counts: [Int], total: Int) -> Double {
        let total = Double(total)
        return counts.sorted().reduce(0.0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }

    private static func tokens(of text: String) -> [String] {
        ByteSearch.runs(of: text, separators: ByteSearch.tokenSeparators, minimumLength: 8)
    }

    /// `NAME=value`, `"NAME": "value"` and `NAME: value` pairs in a line.
    private static func assignments(in line: String) -> [(String, String)] {
        let parts = ByteSearch.runs(of: line, separators: ByteSearch.assignmentSeparators, minimumLength: 1)
        var pairs: [(String, String)] = []
        var index = 0
        while index < parts.count {
            let part = parts[index]
            if part.utf8.contains(UInt8(ascii: "=")), let equals = part.firstIndex(of: "="), equals != part.startIndex {
                pairs.append((String(part[..<equals]), String(part[part.index(after: equals)...])))
            } else if part == ":" {
                if index > 0, index + 1 < parts.count { pairs.append((parts[index - 1], parts[index + 1])) }
            } else if part.hasSuffix(":"), index + 1 < parts.count {
                let rest = parts[(index + 1)...].joined(separator: " ")
                pairs.append((String(part.dropLast()), rest))
                pairs.append((String(part.dropLast()), parts[index + 1]))
            }
            index += 1
        }
        return pairs
    }

    private static func isTokenCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber)
    }

    private static func isUpperAlphanumeric(_ character: Character) -> Bool {
        character.isASCII && (character.isUppercase || character.isNumber)
    }
}
