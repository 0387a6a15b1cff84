/// An A2A Agent Card (`.well-known/agent-card.json`): how an agent introduces itself to
/// other agents, which endpoints it serves, how callers must authenticate, and whether the
/// card is signed. Both the v1.0 shape (`supportedInterfaces`, `securityRequirements`) and
/// the v0.3 shape (`url`, `additionalInterfaces`, `security`) are read into it.
public struct AgentCard: Sendable {
    /// An endpoint the agent serves.
    public struct Interface: Sendable {
        /// The endpoint's URL, located at the value.
        public let url: Located<String>
        /// The protocol binding (`JSONRPC`, `GRPC`, `HTTP+JSON`), when declared.
        public let binding: String?

        /// Creates an interface.
        public init(url: Located<String>, binding: String?) {
            self.url = url
            self.binding = binding
        }
    }

    /// A way callers can authenticate, declared under `securitySchemes`.
    public struct SecurityScheme: Sendable {
        /// The scheme's name, which requirements refer to.
        public let name: String
        /// What it is: `apiKey`, `http`, `oauth2`, `openIdConnect` or `mutualTLS` (v1.0's
        /// `apiKeySecurityScheme` and friends are read as the same names).
        public let kind: String
        /// Where its name is written.
        public let location: SourceLocation

        /// Creates a scheme.
        public init(name: String, kind: String, location: SourceLocation) {
            self.name = name
            self.kind = kind
            self.location = location
        }
    }

    /// One alternative of a security requirement list: the schemes a caller must satisfy together.
    public struct SecurityRequirement: Sendable {
        /// The names of the schemes it requires; empty means anonymous access is accepted.
        public let schemes: [String]
        /// Where the requirement is written.
        public let location: SourceLocation

        /// Creates a requirement.
        public init(schemes: [String], location: SourceLocation) {
            self.schemes = schemes
            self.location = location
        }
    }

    /// A skill the agent offers.
    public struct Skill: Sendable {
        /// Its `id`, else its `name`.
        public let name: String
        /// Where the skill's entry starts.
        public let location: SourceLocation
        /// Its own security requirements (v1.0 `securityRequirements`, v0.3 `security`).
        public let requirements: [SecurityRequirement]

        /// Creates a skill.
        public init(name: String, location: SourceLocation, requirements: [SecurityRequirement]) {
            self.name = name
            self.location = location
            self.requirements = requirements
        }
    }

    /// Where the card starts.
    public let location: SourceLocation
    /// The card's `name`.
    public var name: Located<String>?
    /// The card's `version`.
    public var version: Located<String>?
    /// Where the `provider` key is written.
    public var provider: SourceLocation?
    /// `provider.organization`.
    public var providerOrganization: Located<String>?
    /// Every endpoint: v1.0 `supportedInterfaces`, v0.3 `url` and `additionalInterfaces`.
    public var interfaces: [Interface] = []
    /// Where the interfaces are declared (the `supportedInterfaces` key, else the top-level `url` key).
    public var interfacesKey: SourceLocation?
    /// The declared security schemes.
    public var securitySchemes: [SecurityScheme] = []
    /// Where the `securitySchemes` key is written.
    public var securitySchemesKey: SourceLocation?
    /// The card-wide requirements (v1.0 `securityRequirements`, v0.3 `security`): any one
    /// alternative must be met.
    public var securityRequirements: [SecurityRequirement] = []
    /// Where the card-wide requirement key is written.
    public var securityRequirementsKey: SourceLocation?
    /// How many signatures `signatures` holds, located at the key; nil when absent.
    public var signatures: Located<Int>?
    /// The skills.
    public var skills: [Skill] = []

    /// Creates a card that starts at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
