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
    /// The secrets in `bytes`, the UTF-8 text of the file at `path`, line by line (lines end
    /// at `\n` or `\r\n`, as ``LoadedFile/lines(of:)`` cuts them). A line without any of the
    /// hints of ``Secrets/mayHoldSecret(_:)`` (which a private key's `-----BEGIN` is one of)
    /// is passed over where it lies in the bytes; only a hinted line is made a String.
    static func findings(in bytes: [UInt8], path: String) -> [SecretFinding] {
        bytes.withUnsafeBufferPointer { buffer in
            var found: [SecretFinding] = []
            ByteSearch.forEachLine(in: buffer) { number, range in
                let line = UnsafeBufferPointer(rebasing: buffer[range])
                if Secrets.mayHoldSecret(line) {
                    findings(onLine: String(decoding: line, as: UTF8.self), number: number, path: path, into: &found)
                }
                return true
            }
            return found
        }
    }

    /// The secrets on one hinted line, line `number` of the file at `path`.
    private static func findings(onLine text: String, number: Int, path: String, into found: inout [SecretFinding]) {
        if ByteSearch.contains(text.utf8, "-----BEGIN") && text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") {
            let column = text.distance(from: text.startIndex, to: text.range(of: "-----BEGIN")!.lowerBound) + 1
            found.append(SecretFinding(kind: "private key", masked: "-----BEGIN … PRIVATE KEY-----",
                                       location: SourceLocation(path: path, line: number, column: column)))
            return
        }
        for match in Secrets.hintedMatches(inLine: text, byName: false) {
            guard let range = text.range(of: match.secret) else { continue }
            let column = text[..<range.lowerBound].unicodeScalars.count + 1
            found.append(SecretFinding(kind: match.kind, masked: Secrets.mask(match.secret),
                                       location: SourceLocation(path: path, line: number, column: column)))
        }
    }
}
