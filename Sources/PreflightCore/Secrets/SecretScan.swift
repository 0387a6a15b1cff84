#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
            forEachLine(of: buffer) { number, line in
                guard Secrets.mayHoldSecret(line) else { return }
                findings(onLine: String(decoding: line, as: UTF8.self), number: number, path: path, into: &found)
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

    /// Calls `body` with each line of `bytes` (1-based number, bytes without the line break),
    /// each `\n` found with `memchr`.
    private static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else {
            body(1, bytes)
            return
        }
        var number = 1
        var start = 0
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
            let newline = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
            let end = newline > start && base[newline - 1] == UInt8(ascii: "\r") ? newline - 1 : newline
            body(number, UnsafeBufferPointer(rebasing: bytes[start..<end]))
            number += 1
            start = newline + 1
        }
        body(number, UnsafeBufferPointer(rebasing: bytes[start...]))
    }
}
