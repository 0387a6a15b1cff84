@testable import PreflightChecks
import XCTest

/// The one rule the MCP, A2A and OTLP checks use to judge an endpoint's transport.
final class EndpointTransportTests: XCTestCase {
    func testSchemesDecideEncryption() {
        XCTAssertEqual(EndpointTransport(url: "https://api.example.com/mcp"), .encrypted)
        XCTAssertEqual(EndpointTransport(url: " WSS://agents.example.com/a2a"), .encrypted)
        XCTAssertEqual(EndpointTransport(url: "http://notes.internal.example.com/mcp"), .plaintext(host: "notes.internal.example.com"))
        XCTAssertEqual(EndpointTransport(url: "ws://agents.example.com:50051/x"), .plaintext(host: "agents.example.com"))
        XCTAssertEqual(EndpointTransport(url: "${OTEL_EXPORTER_OTLP_ENDPOINT}"), .unknown)
        XCTAssertEqual(EndpointTransport(url: "grpc://collector:4317"), .unknown)
    }

    func testLoopbackIsThisMachineOnly() {
        XCTAssertEqual(EndpointTransport(url: "http://localhost:4318/v1/traces"), .loopback(host: "localhost"))
        XCTAssertEqual(EndpointTransport(url: "http://127.0.0.1:8080"), .loopback(host: "127.0.0.1"))
        XCTAssertEqual(EndpointTransport(url: "ws://[::1]:9000/a2a"), .loopback(host: "::1"))
        XCTAssertEqual(EndpointTransport(url: "http://user:pw@0.0.0.0:4318"), .loopback(host: "0.0.0.0"))
        XCTAssertEqual(EndpointTransport(url: "http://127.evil.example/x"), .plaintext(host: "127.evil.example"))
        XCTAssertEqual(EndpointTransport(url: "http://localhost.evil.example/x"), .plaintext(host: "localhost.evil.example"))
    }

    func testTheHostIsFoundAlikeInTextThatIsNotASCII() {
        XCTAssertEqual(EndpointTransport(url: "http://usér@hôst.example:80/x"), .plaintext(host: "hôst.example"))
        XCTAssertEqual(EndpointTransport(url: "ws://[fe80::1]:9000/é"), .plaintext(host: "fe80::1"))
        XCTAssertEqual(EndpointTransport(url: "http://a@b@collector:4318/é"), .plaintext(host: "collector"))
    }

    func testAPlaceholderHostIsStillClearText() {
        XCTAssertEqual(EndpointTransport(url: "http://${COLLECTOR_HOST}:4318"), .plaintext(host: "${collector_host}"))
    }

    func testTheHostIsTheLastNonEmptyPartBetweenAtSigns() {
        XCTAssertEqual(EndpointTransport(url: "http://a@b@collector:4318/v1"), .plaintext(host: "collector"))
        XCTAssertEqual(EndpointTransport(url: "http://user@collector@@/v1"), .plaintext(host: "collector"))
        XCTAssertEqual(EndpointTransport(url: "http://@@/v1"), .plaintext(host: ""))
        XCTAssertEqual(EndpointTransport(url: "ws://[fe80::1]:9000?x=@y"), .plaintext(host: "fe80::1"))
        XCTAssertEqual(EndpointTransport(url: "http://127.0.0.1.example:80"), .plaintext(host: "127.0.0.1.example"))
    }
}
