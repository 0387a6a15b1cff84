/// An environment variable, header or similar name–value setting found in a file.
/// Its value may be a secret: print it only through ``Secrets/mask(_:)``.
public struct EnvironmentVariable: Sendable, Equatable {
    /// The variable's name (for a header, the header's name).
    public let name: String
    /// The literal value as written (placeholders such as `${VAR}` included).
    public let value: String
    /// Where the value was set.
    public let location: SourceLocation
    /// What set it, for messages: `MCP server "github" env`, `compose service "api"`.
    public let origin: String

    /// Creates a variable.
    public init(name: String, value: String, location: SourceLocation, origin: String) {
        self.name = name
        self.value = value
        self.location = location
        self.origin = origin
    }
}
