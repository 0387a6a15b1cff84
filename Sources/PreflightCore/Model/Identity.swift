/// The kind of credential an agent authenticates with.
public enum CredentialKind: String, Sendable, CaseIterable {
    /// A platform-issued workload identity (cloud IAM role bound to the workload).
    case workloadIdentity = "workload-identity"
    /// Short-lived OIDC tokens.
    case oidc
    /// A SPIFFE ID with short-lived SVIDs.
    case spiffe
    /// A long-lived API key.
    case apiKey = "api-key"
    /// A service account shared with other systems or people.
    case sharedServiceAccount = "shared-service-account"

    /// Whether the credential is issued per workload and expires on its own.
    public var isShortLived: Bool { self == .workloadIdentity || self == .oidc || self == .spiffe }
}

/// Who the agent is: name, version and the identity it acts with, from the manifest.
public struct Identity: Sendable {
    /// Where the identity facts were declared (the manifest's `metadata`).
    public let location: SourceLocation
    /// `metadata.name`.
    public var name: Located<String>?
    /// `metadata.version`.
    public var version: Located<String>?
    /// `metadata.description`.
    public var description: Located<String>?
    /// `identity.principal`: the identity the agent acts as.
    public var principal: Located<String>?
    /// `identity.credential`, as written.
    public var credential: Located<String>?
    /// `identity.tokenLifetime`, in seconds.
    public var tokenLifetimeSeconds: Located<Int>?
    /// `identity.rotation`, as written (`automatic`, `90d`).
    public var rotation: Located<String>?
    /// Where the `identity` section starts, if there is one.
    public var section: SourceLocation?

    /// Creates identity facts declared at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }

    /// The credential kind, when it is one Preflight knows.
    public var credentialKind: CredentialKind? {
        credential.flatMap { CredentialKind(rawValue: $0.value.lowercased()) }
    }
}
