/// A Kubernetes ServiceAccount, reduced to whether it hands its token to every pod.
public struct ServiceAccount: Sendable {
    /// `metadata.name`.
    public let name: String
    /// Where the document starts (its `kind`).
    public let location: SourceLocation
    /// `metadata.namespace`, if given.
    public var namespace: String?
    /// `automountServiceAccountToken`: false keeps the token out of pods unless a pod asks for it.
    public var automountServiceAccountToken: Located<Bool>?

    /// Creates a service account.
    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }

    /// Whether this is the account a pod in `namespace` naming `account` runs as.
    public func isAccount(named account: String, in namespace: String?) -> Bool {
        name == account && (self.namespace ?? "default") == (namespace ?? "default")
    }
}
