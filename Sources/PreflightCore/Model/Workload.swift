/// Where a workload is declared.
public enum WorkloadPlatform: String, Sendable {
    /// A container in a Kubernetes pod template.
    case kubernetes
    /// A Compose service.
    case compose
}

/// One running unit of the agent: a container of a Kubernetes pod template or a Compose
/// service, with the pod-level settings it inherits already folded in.
public struct Workload: Sendable {
    /// Kubernetes or Compose.
    public let platform: WorkloadPlatform
    /// A readable name: `Deployment/agent container "agent"`, `compose service "agent"`.
    public let name: String
    /// Where the container or service entry starts.
    public let location: SourceLocation
    /// The namespace (Kubernetes), if given.
    public var namespace: String?
    /// The pod template's labels (Kubernetes), for matching network policies.
    public var labels: [String: String] = [:]
    /// The pod the container belongs to (Kubernetes): its owner, such as `Deployment/agent`,
    /// located at the pod spec's `spec` key, where pod-level settings such as
    /// `serviceAccountName` belong.
    public var pod: Located<String>?
    /// The image reference.
    public var image: Located<String>?
    /// `privileged`.
    public var privileged: Located<Bool>?
    /// `runAsNonRoot` (Kubernetes), effective after pod-level inheritance.
    public var runAsNonRoot: Located<Bool>?
    /// `runAsUser` (Kubernetes) or `user` (Compose), as written.
    public var user: Located<String>?
    /// `allowPrivilegeEscalation` (Kubernetes); Compose `no-new-privileges:true` sets it false.
    public var allowPrivilegeEscalation: Located<Bool>?
    /// `readOnlyRootFilesystem` (Kubernetes) or `read_only` (Compose).
    public var readOnlyRootFilesystem: Located<Bool>?
    /// Capabilities dropped.
    public var capabilitiesDropped: [Located<String>] = []
    /// Capabilities added.
    public var capabilitiesAdded: [Located<String>] = []
    /// The seccomp profile: `RuntimeDefault`, `Localhost`, `Unconfined` (Compose `seccomp:unconfined`).
    public var seccompProfile: Located<String>?
    /// Host namespaces shared: `network`, `pid`, `ipc`, each where it was set.
    public var hostNamespaces: [Located<String>] = []
    /// Host paths mounted that expose the host, each where it was written: every `hostPath`
    /// volume a Kubernetes container mounts, and Compose bind mounts of the container runtime
    /// socket, `/`, system directories or home directories (ordinary project paths are left out).
    public var hostMounts: [Located<String>] = []
    /// Where resource limits are set, if they are.
    public var resourceLimits: SourceLocation?
    /// `runtimeClassName` (Kubernetes) or `runtime` (Compose).
    public var runtimeClass: Located<String>?
    /// `serviceAccountName` (Kubernetes).
    public var serviceAccountName: Located<String>?
    /// `automountServiceAccountToken` on the pod spec (Kubernetes); the service account's own
    /// setting is in ``AgentFacts/serviceAccounts``.
    public var automountServiceAccountToken: Located<Bool>?
    /// The environment the workload runs with.
    public var environment: [EnvironmentVariable] = []

    /// Creates a workload.
    public init(platform: WorkloadPlatform, name: String, location: SourceLocation) {
        self.platform = platform
        self.name = name
        self.location = location
    }

    /// Whether a host namespace is shared.
    public func sharesHost(_ namespace: String) -> Bool { hostNamespaces.contains { $0.value == namespace } }
}
