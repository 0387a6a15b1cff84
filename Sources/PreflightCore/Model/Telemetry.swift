/// The manifest's `telemetry` section.
public struct Telemetry: Sendable {
    /// Where the section starts.
    public let location: SourceLocation
    /// `enabled`.
    public var enabled: Located<Bool>?
    /// `exporter` (`otlp`, `none`).
    public var exporter: Located<String>?
    /// `endpoint`.
    public var endpoint: Located<String>?
    /// `serviceName`.
    public var serviceName: Located<String>?
    /// `captureContent`: `false`, `redacted` or `true`.
    public var captureContent: Located<String>?

    /// Creates a section starting at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
