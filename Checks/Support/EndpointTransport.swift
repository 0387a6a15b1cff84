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

    /// The host of `scheme://user@host:port/path` after the scheme, without user, port or
    /// brackets: found on the bytes when the text is ASCII (each byte a Character, but for
    /// `\r\n`, which holds no delimiter), on the Characters otherwise.
    private static func host(inAuthorityOf rest: Substring) -> String {
        var rest = rest
        let ascii = rest.withUTF8 { bytes in
            bytes.isASCII ? String(decoding: UnsafeBufferPointer(rebasing: bytes[hostRange(in: bytes) { UInt8($0.value) }]), as: UTF8.self) : nil
        }
        return ascii ?? String(rest[hostRange(in: rest) { Character($0) }])
    }

    /// Where the host lies in `rest`, the text after the scheme, whose delimiters `element`
    /// spells: the last part between `@`s that is not empty (trailing `@`s, then the user
    /// part, go) of the authority, without brackets or port.
    private static func hostRange<Text: BidirectionalCollection>(in rest: Text, _ element: (Unicode.Scalar) -> Text.Element)
        -> Range<Text.Index> where Text.Element: Equatable {
        let authority = rest.prefix { $0 != element("/") && $0 != element("?") && $0 != element("#") }
        var end = authority.endIndex
        while end > authority.startIndex && authority[authority.index(before: end)] == element("@") { end = authority.index(before: end) }
        let start = authority[..<end].lastIndex(of: element("@")).map { authority.index(after: $0) } ?? authority.startIndex
        let hostAndPort = authority[start..<end]
        if hostAndPort.first == element("["), let close = hostAndPort.firstIndex(of: element("]")) {
            return hostAndPort.index(after: hostAndPort.startIndex)..<close
        }
        return start..<(hostAndPort.firstIndex(of: element(":")) ?? end)
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
