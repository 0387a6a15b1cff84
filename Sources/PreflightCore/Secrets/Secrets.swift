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
    /// Known key formats.
    private static let formats: [KeyFormat] = [
        KeyFormat("sk-ant-", "Anthropic API key", 20, .token),
        KeyFormat("sk-proj-", "OpenAI API key", 20, .token),
        KeyFormat("sk-svcacct-", "OpenAI API key", 20, .token),
        KeyFormat("sk-", "OpenAI API key", 32, .token),
        KeyFormat("github_pat_", "GitHub token", 22, .token),
        KeyFormat("ghp_", "GitHub token", 30, .alphanumeric),
        KeyFormat("gho_", "GitHub token", 30, .alphanumeric),
        KeyFormat("ghu_", "GitHub token", 30, .alphanumeric),
        KeyFormat("ghs_", "GitHub token", 30, .alphanumeric),
        KeyFormat("ghr_", "GitHub token", 30, .alphanumeric),
        KeyFormat("glpat-", "GitLab token", 20, .token),
        KeyFormat("AKIA", "AWS access key ID", 16, .upperAlphanumeric),
        KeyFormat("ASIA", "AWS access key ID", 16, .upperAlphanumeric),
        KeyFormat("xoxb-", "Slack token", 10, .token),
        KeyFormat("xoxp-", "Slack token", 10, .token),
        KeyFormat("xoxa-", "Slack token", 10, .token),
        KeyFormat("xoxs-", "Slack token", 10, .token),
        KeyFormat("AIza", "Google API key", 35, .token),
        KeyFormat("sk_live_", "Stripe secret key", 20, .alphanumeric),
        KeyFormat("rk_live_", "Stripe restricted key", 20, .alphanumeric),
        KeyFormat("sbp_", "Supabase access token", 40, .alphanumeric),
        KeyFormat("npm_", "npm token", 36, .alphanumeric),
        KeyFormat("hf_", "Hugging Face token", 30, .alphanumeric),
    ]

    /// For each byte, the indices in ``formats`` of the formats whose prefix starts with it.
    private static let formatsByFirstByte: [[Int]] = (0...255).map { byte in
        formats.indices.filter { formats[$0].prefix.utf8.first == UInt8(byte) }
    }

    /// Name fragments that mark a variable or header as holding a credential.
    private static let secretNameFragments = [
        "KEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "AUTH", "PRIVATE", "COOKIE", "SESSION",
    ]

    /// ``secretNameFragments``, found ignoring case in one pass over a name.
    private static let secretNames = FragmentSet(secretNameFragments)

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
        // The candidate is `trimmed` or a part of it, and ``looksRandom(_:)`` wants 12 bytes.
        guard let name, trimmed.utf8.count >= 12, isSecretName(name) else { return nil }
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
        var name = name
        return name.withUTF8 { isSecretName($0) }
    }

    /// Whether the name made of `name`'s bytes suggests it holds a credential, ASCII letters
    /// compared ignoring case.
    static func isSecretName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        // Every name that passes holds a fragment (AUTHORIZATION and API-KEY among them), so the
        // one-pass fragment test settles most names before any other comparison.
        guard secretNames.occurs(in: name) else { return false }
        if ByteSearch.equalsIgnoringCase(name, "AUTHORIZATION") || ByteSearch.equalsIgnoringCase(name, "X-API-KEY")
            || ByteSearch.equalsIgnoringCase(name, "API-KEY") {
            return true
        }
        if ByteSearch.hasSuffixIgnoringCase(name, "_PATH") || ByteSearch.hasSuffixIgnoringCase(name, "_FILE")
            || ByteSearch.hasSuffixIgnoringCase(name, "_URL") && !ByteSearch.containsIgnoringCase(name, "DATABASE") {
            return false
        }
        return !(ByteSearch.containsIgnoringCase(name, "KEY_ID") && !ByteSearch.containsIgnoringCase(name, "ACCESS"))
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
            result = masking(secret, in: result)
        }
        let found = mayHoldSecret(result)
            ? LineMatchMemo.shared.matches(inLine: result) { hintedMatches(inLine: $0, byName: true) } : []
        for match in found where ByteSearch.contains(result.utf8, match.secret) {
            result = masking(match.secret, in: result)
        }
        return result
    }

    /// `text` with each occurrence of `secret` replaced by ``mask(_:)``, as Foundation's
    /// `replacingOccurrences(of:with:)` replaces them. When both are ASCII without a carriage
    /// return, each byte is a Character and Foundation's search compares bytes, so the bytes
    /// are searched and copied here; other text is left to Foundation.
    static func masking(_ secret: String, in text: String) -> String {
        var bytes = text, pattern = secret
        let masked = bytes.withUTF8 { bytes in
            pattern.withUTF8 { pattern -> String? in
                guard !pattern.isEmpty, isOneCharacterPerByte(bytes), isOneCharacterPerByte(pattern) else { return nil }
                let mask = Array(Secrets.mask(secret).utf8)
                var result: [UInt8] = []
                result.reserveCapacity(bytes.count)
                var start = 0
                while let offset = ByteSearch.firstOffset(of: pattern, in: UnsafeBufferPointer(rebasing: bytes[start...])) {
                    result += UnsafeBufferPointer(rebasing: bytes[start..<(start + offset)])
                    result += mask
                    start += offset + pattern.count
                }
                result += UnsafeBufferPointer(rebasing: bytes[start...])
                return String(decoding: result, as: UTF8.self)
            }
        }
        return masked ?? text.replacingOccurrences(of: secret, with: mask(secret))
    }

    /// Every secret on one line: tokens in a known format or holding a URL password, and
    /// values of `NAME=value`, `"NAME": "value"` or `NAME: value` with a secret-like name.
    /// With `byName` false, only secrets that identify themselves (known formats, URL
    /// passwords) are matched, not guesses from a secret-like name.
    static func matches(inLine line: String, byName: Bool = true) -> [SecretMatch] {
        mayHoldSecret(line) ? hintedMatches(inLine: line, byName: byName) : []
    }

    /// ``matches(inLine:byName:)`` on a line already known to ``mayHoldSecret(_:)``.
    static func hintedMatches(inLine line: String, byName: Bool) -> [SecretMatch] {
        var found: [SecretMatch] = []
        var bytes = line
        bytes.withUTF8 { bytes in
            ByteSearch.forEachRun(in: bytes, separators: ByteSearch.tokenSeparators, minimumLength: 8) { range in
                let token = UnsafeBufferPointer(rebasing: bytes[range])
                guard mayIdentifyItself(token) else { return }
                if let match = detect(value: String(decoding: token, as: UTF8.self)), !found.contains(match) { found.append(match) }
            }
        }
        guard byName else { return found }
        // A value holds a private key or a URL password only where the line does, and a value's
        // token in a known format is one of the line's tokens, found above; so on a line with
        // neither, only the values of secret-like names can add a secret.
        let secretNamesOnly = !ByteSearch.contains(line.utf8, "://") && !ByteSearch.contains(line.utf8, "-----BEGIN")
        for (name, value) in assignments(in: line, secretNamesOnly: secretNamesOnly) {
            if let match = detect(name: name, value: value), !found.contains(where: { $0.secret.contains(match.secret) || match.secret.contains($0.secret) }) {
                found.append(match)
            }
        }
        return found
    }

    // MARK: - Matching

    /// The first token of `text` in a known key format.
    private static func knownFormatToken(in text: String) -> SecretMatch? {
        var text = text
        return text.withUTF8 { bytes in
            ByteSearch.tokenSeparators.withUnsafeBufferPointer { separators in
                var start = 0
                for index in 0...bytes.count where index == bytes.count || separators[Int(bytes[index])] {
                    defer { start = index + 1 }
                    if index - start >= 8, let match = knownFormat(of: UnsafeBufferPointer(rebasing: bytes[start..<index])) {
                        return match
                    }
                }
                return nil
            }
        }
    }

    /// `token` as a secret, when it is written in a known format. In ASCII a prefix's bytes are
    /// its Characters (none ends in a `\r` that could pair with a `\n`), so bytes decide, from
    /// the formats its first byte opens; other text takes String's Unicode-aware test on
    /// every format.
    private static func knownFormat(of token: UnsafeBufferPointer<UInt8>) -> SecretMatch? {
        // A token opening with an ASCII byte no prefix opens has a first Character no prefix
        // opens with, ASCII or not, so neither test below could match.
        if token[0] < 0x80 && formatsByFirstByte[Int(token[0])].isEmpty { return nil }
        guard token.isASCII else { return knownFormat(of: String(decoding: token, as: UTF8.self)) }
        for index in formatsByFirstByte[Int(token[0])] where token.starts(with: formats[index].prefix.utf8) {
            let format = formats[index]
            let rest = UnsafeBufferPointer(rebasing: token[format.prefix.utf8.count...])
            if rest.count >= format.minimum, rest.allSatisfy(format.alphabet.allows),
               !isPlaceholder(String(decoding: rest, as: UTF8.self)) {
                return SecretMatch(kind: format.kind, secret: String(decoding: token, as: UTF8.self))
            }
        }
        return nil
    }

    /// `token`, which is not ASCII, as a secret when it is written in a known format.
    private static func knownFormat(of token: String) -> SecretMatch? {
        for format in formats where token.hasPrefix(format.prefix) {
            let rest = token.dropFirst(format.prefix.count)
            if rest.count >= format.minimum, rest.allSatisfy(format.alphabet.allows), !isPlaceholder(String(rest)) {
                return SecretMatch(kind: format.kind, secret: token)
            }
        }
        return nil
    }

    /// Whether ``detect(name:value:)`` without a name could find a secret in `token`, a run of
    /// a line between token separators (so without a space, and no private key): only when,
    /// past ASCII white space, it opens with the prefix of a known format (which the value
    /// trimmed of that white space must), or is not ASCII (left to String's Unicode-aware
    /// test), or holds `://` and `@`.
    private static func mayIdentifyItself(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = token.firstIndex(where: { !ByteSearch.isSpace($0) }) else { return false }
        let rest = UnsafeBufferPointer(rebasing: token[start...])
        return formatsByFirstByte[Int(rest[0])].contains(where: { rest.starts(with: formats[$0].prefix.utf8) })
            || !token.isASCII
            || token.contains(UInt8(ascii: "@")) && ByteSearch.contains(token, "://")
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

    /// ``mayHoldSecret(_:)`` on a line's UTF-8 bytes, where they lie.
    static func mayHoldSecret(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.count >= 8 && lineHints.occurs(in: line)
    }

    /// `text` without leading and trailing ASCII white space.
    private static func trimmedASCII(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.firstIndex(where: { !ByteSearch.isSpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !ByteSearch.isSpace($0) })!
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
        return String(text[first...last])
    }

    /// The password of a `scheme://user:password@host` URL, when it is a literal. ASCII text
    /// without a carriage return (where each byte is a Character) is read on its bytes.
    private static func urlPassword(in text: String) -> String? {
        guard ByteSearch.contains(text.utf8, "://"), ByteSearch.contains(text.utf8, "@") else { return nil }
        var copy = text
        let password: String?
        if let ascii = copy.withUTF8({ asciiURLPassword($0) }) {
            password = ascii
        } else {
            guard let schemeEnd = text.range(of: "://") else { return nil }
            let afterScheme = text[schemeEnd.upperBound...]
            guard let at = afterScheme.firstIndex(of: "@") else { return nil }
            let userInfo = afterScheme[..<at]
            guard !userInfo.contains("/"), let colon = userInfo.firstIndex(of: ":") else { return nil }
            password = String(userInfo[userInfo.index(after: colon)...])
        }
        guard let password, password.count >= 3, !isPlaceholder(password) else { return nil }
        return password
    }

    /// Whether `bytes` are ASCII without a carriage return, so that each byte is one Character
    /// (a `\r\n` is one Character of two bytes).
    private static func isOneCharacterPerByte(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    }

    /// ``urlPassword(in:)``'s candidate in `bytes`, before it is judged, when they are ASCII
    /// without a carriage return: `.some(nil)` when there is none; nil for other text.
    private static func asciiURLPassword(_ bytes: UnsafeBufferPointer<UInt8>) -> String?? {
        guard isOneCharacterPerByte(bytes) else { return nil }
        var schemeEnd: Int?
        for index in 0..<max(bytes.count - 2, 0)
        where bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
            schemeEnd = index + 3
            break
        }
        guard let schemeEnd else { return .some(nil) }
        let afterScheme = UnsafeBufferPointer(rebasing: bytes[schemeEnd...])
        guard let at = afterScheme.firstIndex(of: UInt8(ascii: "@")) else { return .some(nil) }
        let userInfo = UnsafeBufferPointer(rebasing: afterScheme[..<at])
        guard !userInfo.contains(UInt8(ascii: "/")), let colon = userInfo.firstIndex(of: UInt8(ascii: ":")) else { return .some(nil) }
        return .some(String(decoding: UnsafeBufferPointer(rebasing: userInfo[(colon + 1)...]), as: UTF8.self))
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

    /// `NAME=value`, `"NAME": "value"` and `NAME: value` pairs in a line; with
    /// `secretNamesOnly`, only those whose name ``isSecretName(_:)-(UnsafeBufferPointer<UInt8>)``.
    /// An ASCII part's `=` and `:` are its bytes; other parts take String's Unicode-aware tests.
    private static func assignments(in line: String, secretNamesOnly: Bool) -> [(String, String)] {
        var line = line
        return line.withUTF8 { bytes in
            let parts = ByteSearch.runs(in: bytes, separators: ByteSearch.assignmentSeparators, minimumLength: 1)
            func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            func wanted(_ name: Range<Int>) -> Bool { !secretNamesOnly || isSecretName(UnsafeBufferPointer(rebasing: bytes[name])) }
            var pairs: [(String, String)] = []
            for (index, range) in parts.enumerated() {
                let part = UnsafeBufferPointer(rebasing: bytes[range])
                let ascii = part.isASCII
                if let equals = part.firstIndex(of: UInt8(ascii: "=")).flatMap({ ascii ? $0 : firstEquals(in: text(range)) }), equals != 0 {
                    let name = range.lowerBound..<(range.lowerBound + equals)
                    if wanted(name) { pairs.append((text(name), text((name.upperBound + 1)..<range.upperBound))) }
                } else if part.count == 1 && part[0] == UInt8(ascii: ":") {
                    if index > 0, index + 1 < parts.count, wanted(parts[index - 1]) {
                        pairs.append((text(parts[index - 1]), text(parts[index + 1])))
                    }
                } else if part.last == UInt8(ascii: ":"), ascii || text(range).hasSuffix(":"), index + 1 < parts.count {
                    let name = range.lowerBound..<(range.upperBound - 1)
                    if wanted(name) {
                        let rest = parts[(index + 1)...].map(text).joined(separator: " ")
                        pairs.append((text(name), rest))
                        pairs.append((text(name), text(parts[index + 1])))
                    }
                }
            }
            return pairs
        }
    }

    /// The UTF-8 offset of the first Character of `part` that is `=`.
    private static func firstEquals(in part: String) -> Int? {
        part.firstIndex(of: "=").map { part.utf8.distance(from: part.startIndex, to: $0) }
    }
}
