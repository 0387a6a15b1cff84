/// A Kubernetes NetworkPolicy, reduced to what decides egress.
public struct NetworkPolicy: Sendable {
    /// `metadata.name`.
    public let name: String
    /// Where the document starts (its `kind`).
    public let location: SourceLocation
    /// `metadata.namespace`, if given.
    public var namespace: String?
    /// `spec.podSelector.matchLabels`; empty selects every pod in the namespace.
    public var podSelector: [String: String] = [:]
    /// Whether `policyTypes` lists `Egress` (or an `egress` section implies it).
    public var restrictsEgress: Bool = false
    /// An egress rule that allows everything (`- {}`, or an ipBlock of `0.0.0.0/0`), where written.
    public var allowsAllEgress: SourceLocation?

    /// Creates a policy.
    public init(name: String, location: SourceLocation) {
        self.name = name
        self.location = location
    }

    /// Whether the policy selects a pod with `labels` in `namespace`.
    public func selects(labels: [String: String], namespace: String?) -> Bool {
        guard (self.namespace ?? "default") == (namespace ?? "default") else { return false }
        return podSelector.allSatisfy { labels[$0.key] == $0.value }
    }
}
