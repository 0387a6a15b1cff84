import PreflightCore

/// PF-ID-007: no Kubernetes pod the agent runs in gets a service account token it did not
/// ask for: `automountServiceAccountToken: false` on the pod, or, when the pod says
/// nothing, on the ServiceAccount it runs as (found in the scanned files). A pod-level
/// `true` overrides its account and fails at the key.
struct ServiceAccountTokenNotAutomounted: Check {
    static let description = CheckDescription(
        id: "PF-ID-007",
        title: "Service account tokens are not mounted into the agent's pods",
        area: .identity,
        severity: .medium,
        question: "Can code the agent runs read a Kubernetes API token from its own filesystem?",
        rationale: """
            Kubernetes mounts the pod's service account token into every container unless told not to. An \
            agent that runs shell commands or third-party tools can then be talked into reading it and calling \
            the cluster API with the account's permissions. Agents rarely need the API; when they do, a \
            projected token with a short lifetime and audience is the narrow way.
            """,
        remediation: Remediation(
            "Set `automountServiceAccountToken: false` on the agent's ServiceAccount or pod spec; mount a projected token only where the API is needed.",
            snippet: """
                spec:
                  serviceAccountName: support-agent
                  automountServiceAccountToken: false
                """),
        references: ["OWASP ASI03", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.1.6"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-agent
                spec:
                  selector:
                    matchLabels:
                      app: support-agent
                  template:
                    metadata:
                      labels:
                        app: support-agent
                    spec:
                      serviceAccountName: support-agent
                      automountServiceAccountToken: false
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                """),
            ExampleProject("deploy/agent.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: support-agent
                automountServiceAccountToken: false
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-agent
                spec:
                  selector:
                    matchLabels:
                      app: support-agent
                  template:
                    metadata:
                      labels:
                        app: support-agent
                    spec:
                      serviceAccountName: support-agent
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: support-agent
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-agent
                spec:
                  selector:
                    matchLabels:
                      app: support-agent
                  template:
                    metadata:
                      labels:
                        app: support-agent
                    ↓spec:
                      serviceAccountName: support-agent
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                """),
            ExampleProject("deploy/agent.yaml", """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: support-agent
                automountServiceAccountToken: false
                ---
                apiVersion: v1
                kind: Pod
                metadata:
                  name: support-agent-debug
                spec:
                  serviceAccountName: support-agent
                  ↓automountServiceAccountToken: true
                  containers:
                    - name: agent
                      image: ghcr.io/acme/support-agent:2.3.1
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            WorkloadFact.kubernetes(agent.workloads), absent: "the agent runs no Kubernetes workloads",
            problem: "the service account token is mounted", control: "no pod mounts a service account token"
        ) { workload in
            let owner = workload.pod?.value ?? workload.name
            if let automount = workload.automountServiceAccountToken {
                guard !automount.value else {
                    return .gaps([Evidence("\(owner) asks for its service account token", at: automount.location)])
                }
                return .shown(Evidence("automountServiceAccountToken: false on the pod", at: automount.location))
            }
            let name = workload.serviceAccountName?.value ?? "default"
            let account = agent.serviceAccounts.first { $0.isAccount(named: name, in: workload.namespace) }
            if let automount = account?.automountServiceAccountToken, !automount.value {
                return .shown(Evidence("ServiceAccount \(name) sets automountServiceAccountToken: false", at: automount.location))
            }
            return .gaps([Evidence("\(owner) gets the token of service account \(name): neither the pod nor the account sets automountServiceAccountToken: false",
                                   at: workload.pod?.location ?? workload.location)])
        }
    }
}
