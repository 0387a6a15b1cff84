/// A credential found written in a file the scan read.
public struct SecretFinding: Sendable, Hashable {
    /// What it looks like ("GitHub token", "private key").
    public let kind: String
    /// The masked form, safe to print.
    public let masked: String
    /// Where the secret starts.
    public let location: SourceLocation
}

/// Looks for credentials on every line of every file read, whatever its format: only
/// those that identify themselves (known key formats, passwords in URLs, private keys).
/// A long value under a secret-like name is a guess that needs to know the name is a
/// variable or header, so the readers' settings are judged for it instead
/// (``Secrets/detect(name:value:)`` on ``AgentFacts/credentialSettings``).
enum SecretScan {
    /// The secrets on `lines` of the file at `path`. A line without any of the hints of
    /// ``Secrets/mayHoldSecret(_:)`` (which a private key's `-----BEGIN` is one of) is passed
    /// over on its bytes, before any String is made of it.
    static func findings(in lines: [Substring], path: String) -> [SecretFinding] {
        var found: [SecretFinding] = []
        for (index, line) in lines.enumerated() where Secrets.mayHoldSecret(line) {
            let text = String(line)
            if ByteSearch.contains(line.utf8, "-----BEGIN") && text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") {
                let column = text.distance(from: text.startIndex, to: text.range(of: "-----BEGIN")!.lowerBound) + 1
                found.append(SecretFinding(kind: "private key", masked: "-----BEGIN … PRIVATE KEY-----",
                                           location: SourceLocation(path: path, line: index + 1, column: column)))
                continue
            }
            for match in Secrets.hintedMatches(inLine: text, byName: false) {
                guard let range = text.range(of: match.secret) else { continue }
                let column = text[..<range.lowerBound].unicodeScalars.count + 1
                found.append(SecretFinding(kind: match.kind, masked: Secrets.mask(match.secret),
                                           location: SourceLocation(path: path, line: index + 1, column: column)))
            }
        }
        return found
    }
}
