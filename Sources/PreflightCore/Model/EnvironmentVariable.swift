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
    /// The kind of dotenv file it was read from (`.env`, `.env.local`, `.env.example`);
    /// nil for any other origin.
    public var envFile: EnvFileKind?
    /// The secret its value holds, judged with its name (``Secrets/detect(name:value:)``):
    /// found once, when the setting is read, for every check and the redaction to share.
    public let secret: SecretMatch?

    /// Creates a variable.
    public init(name: String, value: String, location: SourceLocation, origin: String) {
        self.name = name
        self.value = value
        self.location = location
        self.origin = origin
        secret = Secrets.detect(name: name, value: value)
    }
}

extension EnvironmentVariable {
    /// The kind of dotenv file a variable comes from.
    public enum EnvFileKind: Sendable, Equatable {
        /// A file of real settings (`.env`, `.env.local`, `prod.env`): its values may be secrets.
        case settings
        /// A template of example values (`.env.example`, `.env.sample`, `.env.template`,
        /// `.env.dist`): no check judges its values as secrets.
        case template
    }
}
