import PreflightCore

/// PF-ISO-006: no workload shares the host's network, process or IPC namespace
/// (Kubernetes `hostNetwork`/`hostPID`/`hostIPC: true`, Compose `network_mode: host`,
/// `pid: host`, `ipc: host`).
struct NoHostNamespaces: Check {
    static let description = CheckDescription(
        id: "PF-ISO-006",
        title: "No workload shares the host's namespaces",
        area: .isolation,
        severity: .high,
        question: "Can code the agent runs see the host's network, processes or shared memory?",
        rationale: """
            Sharing the host's network namespace bypasses network policies and exposes services bound to the \
            node's loopback (cloud metadata endpoints, kubelet, databases); sharing its process namespace lets \
            a hijacked step read other processes' environment and memory. An agent's tools should see only \
            their own container.
            """,
        remediation: Remediation(
            "Remove `hostNetwork`, `hostPID` and `hostIPC` (or set them false); in Compose drop `network_mode: host`, `pid: host` and `ipc: host` and publish ports instead.",
            snippet: """
                services:
                  agent:
                    ports:
                      - "127.0.0.1:8080:8080"
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.3-5.2.5"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: ops-agent
                spec:
                  selector:
                    matchLabels:
                      app: ops-agent
                  template:
                    metadata:
                      labels:
                        app: ops-agent
                    spec:
                      hostNetwork: false
                      containers:
                        - name: agent
                          image: ghcr.io/acme/ops-agent:1.1.0
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/ops-agent:1.1.0
                    ports:
                      - "127.0.0.1:8080:8080"
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: DaemonSet
                metadata:
                  name: ops-agent
                spec:
                  selector:
                    matchLabels:
                      app: ops-agent
                  template:
                    metadata:
                      labels:
                        app: ops-agent
                    spec:
                      ↓hostNetwork: true
                      ↓hostPID: true
                      containers:
                        - name: agent
                          image: ghcr.io/acme/ops-agent:1.1.0
                        - name: log-shipper
                          image: fluent/fluent-bit:3.1.9
                """),
            ExampleProject("docker-compose.yml", """
                services:
                  agent:
                    image: ghcr.io/acme/ops-agent:1.1.0
                    ↓network_mode: host
                    ↓ipc: host
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "host namespaces are shared", control: "no workload shares the host's namespaces"
        ) { workload in
            guard workload.hostNamespaces.isEmpty else {
                return .gaps(workload.hostNamespaces.map { Evidence("\(workload.name) shares the host's \($0.value) namespace", at: $0.location) })
            }
            return .shown(nil)
        }
    }
}
