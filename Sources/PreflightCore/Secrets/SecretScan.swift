/// A credential found written in a file the scan read.
public struct SecretFinding: Sendable, Hashable {
    /// What it looks like ("GitHub token", "private key").
    public let kind: String
    /// The masked form, safe to print.
    public let masked: String
    /// Where the secret starts.
    public let location: SourceLocation
}

/// Looks for credentials on every line of every file read, whatever its format: known
/// key formats, passwords in URLs, private keys, and long random values assigned to
/// secret-like names.
enum SecretScan {
    /// The secrets on `lines` of the file at `path`.
    static func findings(in lines: [Substring], path: String) -> [SecretFinding] {
        var found: [SecretFinding] = []
        for (index, line) in lines.enumerated() where mayHoldSecret(line) {
            let text = String(line)
            if text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") {
                let column = text.distance(from: text.startIndex, to: text.range(of: "-----BEGIN")!.lowerBound) + 1
                found.append(SecretFinding(kind: "private key", masked: "-----BEGIN … PRIVATE KEY-----",
                                           location: SourceLocation(path: path, line: index + 1, column: column)))
                continue
            }
            for match in Secrets.matches(inLine: text) {
                guard let range = text.range(of: match.secret) else { continue }
                let column = text[..<range.lowerBound].unicodeScalars.count + 1
                found.append(SecretFinding(kind: match.kind, masked: Secrets.mask(match.secret),
                                           location: SourceLocation(path: path, line: index + 1, column: column)))
            }
        }
        return found
    }

    /// A cheap filter: a line worth tokenising has a run of at least eight characters
    /// without a space, and a digit or a `:`/`=` in it.
    private static func mayHoldSecret(_ line: Substring) -> Bool {
        var run = 0
        var longest = 0
        var hint = false
        for byte in line.utf8 {
            if byte == 32 || byte == 9 { run = 0 } else { run += 1; longest = max(longest, run) }
            if (48...57).contains(byte) || byte == 58 || byte == 61 || byte == 45 { hint = true }
        }
        return longest >= 8 && hint
    }
}
