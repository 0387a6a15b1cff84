import YAML

/// Reads Kubernetes manifests (YAML with `---` separated documents, or JSON, `kind: List`
/// included), found by content: every container and init container of a pod template
/// becomes a workload with its pod's settings folded in; NetworkPolicies and
/// ServiceAccounts are kept for the checks that match them to pods. Manifests describe
/// where an agent runs, not the agent itself, so they mark no agent root.
struct KubernetesReader: FormatReader {
    let format = FileFormat.kubernetes

    /// Kinds whose pod template is `spec.template`.
    static let templatedKinds: Set<String> = [
        "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Job",
    ]

    /// Egress destinations that stand for the whole internet.
    static let everywhere: Set<String> = ["0.0.0.0/0", "::/0"]

    func claims(_ file: PathName) -> Bool { false }

    func claims(documents: [YAMLNode]) -> Bool {
        documents.contains { KubernetesReader.isObject($0) }
    }

    /// Whether a document is a Kubernetes object: it has `apiVersion` and `kind`, and is not
    /// a Preflight manifest.
    static func isObject(_ document: YAMLNode) -> Bool {
        // Whether each is a scalar, without making its text.
        document["apiVersion"]?.scalarStyle != nil && document["kind"]?.scalarStyle != nil && !ManifestReader.isManifest(document)
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        for document in file.documents where KubernetesReader.isObject(document) {
            if document["kind"]?.string == "List" {
                for item in document["items"]?.sequence ?? [] where KubernetesReader.isObject(item) {
                    read(object: item, file: file, into: &facts, diagnostics: &diagnostics)
                }
            } else {
                read(object: document, file: file, into: &facts, diagnostics: &diagnostics)
            }
        }
    }

    /// Reads one object: a workload kind's pod template, a NetworkPolicy or a ServiceAccount;
    /// other kinds are ignored.
    private func read(object: YAMLNode, file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let kind = object["kind"]?.string ?? ""
        let name = object["metadata", "name"]?.string ?? "unnamed"
        let namespace = object["metadata", "namespace"]?.string
        let start = file.location(ofKey: "kind", in: object) ?? file.location(object)
        switch kind {
        case "NetworkPolicy":
            facts.networkPolicies.append(networkPolicy(name, namespace: namespace, at: start, object["spec"], file: file,
                                                       diagnostics: &diagnostics))
        case "ServiceAccount":
            var account = ServiceAccount(name: name, location: start)
            account.namespace = namespace
            account.automountServiceAccountToken = file.bool("automountServiceAccountToken", in: object)
            facts.serviceAccounts.append(account)
        default:
            let template: YAMLNode?
            if kind == "Pod" {
                template = object
            } else if KubernetesReader.templatedKinds.contains(kind) {
                template = object["spec", "template"]
            } else if kind == "CronJob" {
                template = object["spec", "jobTemplate", "spec", "template"]
            } else {
                return
            }
            guard let template, let spec = template.pair("spec"), spec.value.mapping != nil else {
                diagnostics.append(InputDiagnostic("\(kind)/\(name) has no pod template spec; its containers are not assessed",
                                                   at: start, kind: .warning))
                return
            }
            let pod = PodContext(owner: "\(kind)/\(name)", namespace: namespace, labels: labels(template["metadata", "labels"]),
                                 spec: spec.value, location: file.location(spec.key))
            for (key, role) in [("containers", "container"), ("initContainers", "init container")] {
                for container in spec.value[key]?.sequence ?? [] {
                    facts.workloads.append(workload(container, role: role, in: pod, file: file))
                }
            }
        }
    }

    /// A pod spec and what its containers inherit from it.
    private struct PodContext {
        /// The owning object, such as `Deployment/agent`.
        let owner: String
        /// `metadata.namespace` of the owning object.
        let namespace: String?
        /// The pod template's labels.
        let labels: [String: String]
        /// The pod spec.
        let spec: YAMLNode
        /// Where the pod spec's `spec` key is written.
        let location: SourceLocation
    }

    /// The workload one container describes, with its pod's settings folded in.
    private func workload(_ container: YAMLNode, role: String, in pod: PodContext, file: LoadedFile) -> Workload {
        let containerName = container["name"]?.string ?? "unnamed"
        let location = file.location(ofKey: "name", in: container) ?? file.location(container)
        var workload = Workload(platform: .kubernetes, name: "\(pod.owner) \(role) \"\(containerName)\"", location: location)
        workload.namespace = pod.namespace
        workload.labels = pod.labels
        workload.pod = Located(pod.owner, at: pod.location)
        workload.image = file.string("image", in: container)

        let context = container["securityContext"]
        let podContext = pod.spec["securityContext"]
        workload.privileged = file.bool("privileged", in: context)
        workload.allowPrivilegeEscalation = file.bool("allowPrivilegeEscalation", in: context)
        workload.readOnlyRootFilesystem = file.bool("readOnlyRootFilesystem", in: context)
        workload.runAsNonRoot = file.bool("runAsNonRoot", in: context) ?? file.bool("runAsNonRoot", in: podContext)
        workload.user = file.string("runAsUser", in: context) ?? file.string("runAsUser", in: podContext)
        workload.seccompProfile = file.string("type", in: context?["seccompProfile"])
            ?? file.string("type", in: podContext?["seccompProfile"])
        workload.capabilitiesDropped = file.strings("drop", in: context?["capabilities"])
        workload.capabilitiesAdded = file.strings("add", in: context?["capabilities"])

        for (key, namespace) in [("hostNetwork", "network"), ("hostPID", "pid"), ("hostIPC", "ipc")] {
            if let shared = file.bool(key, in: pod.spec), shared.value {
                workload.hostNamespaces.append(Located(namespace, at: shared.location))
            }
        }
        let mounted = Set((container["volumeMounts"]?.sequence ?? []).compactMap { $0["name"]?.string })
        for volume in pod.spec["volumes"]?.sequence ?? [] {
            guard let volumeName = volume["name"]?.string, mounted.contains(volumeName),
                  let hostPath = volume.pair("hostPath") else { continue }
            workload.hostMounts.append(Located(hostPath.value["path"]?.string ?? "", at: file.location(hostPath.key)))
        }
        if let limits = container["resources"]?.pair("limits"), !(limits.value.mapping ?? []).isEmpty {
            workload.resourceLimits = file.location(limits.key)
        }
        workload.runtimeClass = file.string("runtimeClassName", in: pod.spec)
        workload.serviceAccountName = file.string("serviceAccountName", in: pod.spec) ?? file.string("serviceAccount", in: pod.spec)
        workload.automountServiceAccountToken = file.bool("automountServiceAccountToken", in: pod.spec)
        workload.environment = file.variables(container["env"], origin: workload.name)
        return workload
    }

    /// A NetworkPolicy reduced to its selector and what it does to egress.
    private func networkPolicy(
        _ name: String, namespace: String?, at location: SourceLocation, _ spec: YAMLNode?, file: LoadedFile,
        diagnostics: inout [InputDiagnostic]
    ) -> NetworkPolicy {
        var policy = NetworkPolicy(name: name, location: location)
        policy.namespace = namespace
        policy.podSelector = labels(spec?["podSelector", "matchLabels"])
        if let expressions = spec?["podSelector"]?.pair("matchExpressions") {
            diagnostics.append(InputDiagnostic(
                "NetworkPolicy/\(name) podSelector.matchExpressions are not evaluated; only matchLabels decide which pods it selects",
                at: file.location(expressions.key), kind: .warning))
        }
        let types = file.strings("policyTypes", in: spec).map(\.value)
        policy.restrictsEgress = types.contains("Egress") || (types.isEmpty && spec?["egress"] != nil)
        for rule in spec?["egress"]?.sequence ?? [] {
            if let open = allowAll(rule, file: file) {
                policy.allowsAllEgress = open
                break
            }
        }
        return policy
    }

    /// Where an egress rule lets traffic go anywhere: a rule with neither `to` nor `ports`
    /// (`- {}`), or a peer whose `ipBlock` is `0.0.0.0/0` or `::/0` with no `except`.
    private func allowAll(_ rule: YAMLNode, file: LoadedFile) -> SourceLocation? {
        guard rule.mapping != nil else { return nil }
        let peers = rule["to"]?.sequence ?? []
        let ports = rule["ports"]?.sequence ?? []
        if peers.isEmpty && ports.isEmpty { return file.location(rule) }
        for peer in peers {
            guard let block = peer["ipBlock"], let cidr = file.string("cidr", in: block),
                  KubernetesReader.everywhere.contains(cidr.value), (block["except"]?.sequence ?? []).isEmpty else { continue }
            return cidr.location
        }
        return nil
    }

    /// A mapping of scalar labels.
    private func labels(_ node: YAMLNode?) -> [String: String] {
        var labels: [String: String] = [:]
        for pair in node?.mapping ?? [] {
            if let key = pair.key.string, let value = pair.value.string { labels[key] = value }
        }
        return labels
    }
}
