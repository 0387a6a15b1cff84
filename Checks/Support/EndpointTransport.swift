import Foundation

/// How traffic to a URL travels: over TLS, in clear text to another host, or in clear
/// text that never leaves this machine. One rule for every check that asks "is this
/// endpoint encrypted?" (MCP servers, A2A interfaces, OTLP exporters).
enum EndpointTransport: Equatable {
    /// `https://` or `wss://`.
    case encrypted
    /// `http://` or `ws://` to this machine (`localhost`, `127.x.x.x`, `::1`, `0.0.0.0`).
    case loopback(host: String)
    /// `http://` or `ws://` to another host (or to one a placeholder names).
    case plaintext(host: String)
    /// Another scheme, or none, as when the whole URL comes from a variable.
    case unknown

    /// The transport of `url`, as written.
    init(url: String) {
        let text = url.trimmingWhitespace()
        let lower = text.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("wss://") {
            self = .encrypted
            return
        }
        let schemeLength = lower.hasPrefix("http://") ? 7 : lower.hasPrefix("ws://") ? 5 : nil
        guard let schemeLength else {
            self = .unknown
            return
        }
        let host = EndpointTransport.host(inAuthorityOf: lower.dropFirst(schemeLength))
        self = EndpointTransport.isLoopback(host: host) ? .loopback(host: host) : .plaintext(host: host)
    }

    /// The host of `scheme://user@host:port/path` after the scheme, without user, port or brackets.
    private static func host(inAuthorityOf rest: Substring) -> String {
        var rest = rest
        if let host = rest.withUTF8({ asciiHost(inAuthorityOf: $0) }) { return host }
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        // The last part between `@`s that is not empty: trailing `@`s, then the user part, go.
        var end = authority.endIndex
        while end > authority.startIndex && authority[authority.index(before: end)] == "@" { end = authority.index(before: end) }
        let start = authority[..<end].lastIndex(of: "@").map { authority.index(after: $0) } ?? authority.startIndex
        let hostAndPort = authority[start..<end]
        if hostAndPort.first == "[", let close = hostAndPort.firstIndex(of: "]") {
            return String(hostAndPort[hostAndPort.index(after: hostAndPort.startIndex)..<close])
        }
        return String(hostAndPort.prefix { $0 != ":" })
    }

    /// ``host(inAuthorityOf:)`` read on `bytes` when they are ASCII, where each byte is a
    /// Character (but for `\r\n`, one Character of two bytes, neither of them a delimiter);
    /// nil for other text.
    private static func asciiHost(inAuthorityOf bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard bytes.isASCII else { return nil }
        let authorityEnd = bytes.firstIndex { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.count
        var end = authorityEnd
        while end > 0 && bytes[end - 1] == UInt8(ascii: "@") { end -= 1 }
        let start = bytes[..<end].lastIndex(of: UInt8(ascii: "@")).map { $0 + 1 } ?? 0
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        if start < end && bytes[start] == UInt8(ascii: "["), let close = bytes[start..<end].firstIndex(of: UInt8(ascii: "]")) {
            return text((start + 1)..<close)
        }
        return text(start..<(bytes[start..<end].firstIndex(of: UInt8(ascii: ":")) ?? end))
    }

    /// Whether `host` (lower-cased) is this machine.
    private static func isLoopback(host: String) -> Bool {
        let loopbackAddress = host.hasPrefix("127.") && {
            let octets = host.split(separator: ".", omittingEmptySubsequences: false)
            return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        }()
        return host == "localhost" || host.hasSuffix(".localhost") || loopbackAddress || host == "::1" || host == "0.0.0.0"
    }
}
