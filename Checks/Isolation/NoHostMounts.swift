import PreflightCore

/// PF-ISO-007: no workload mounts the host: no Kubernetes `hostPath` volume, and no
/// Compose bind mount of the container runtime socket, the host's root, system
/// directories or home directories. Ordinary project bind mounts (`./data`) are fine.
struct NoHostMounts: Check {
    static let description = CheckDescription(
        id: "PF-ISO-007",
        title: "No workload mounts the host's filesystem or container runtime",
        area: .isolation,
        severity: .critical,
        question: "Can code the agent runs reach the host's files or its container runtime through a mount?",
        rationale: """
            A mounted Docker socket is root on the host: any process that can write to it starts a privileged \
            container of its choosing. Mounting `/`, `/etc`, `/proc` or home directories hands over host \
            credentials, SSH keys and configuration. An agent that runs tools or generated code must not hold \
            either, because one injected command is all it takes to use them.
            """,
        remediation: Remediation(
            "Remove the host mount; give the agent a named volume or `emptyDir` for its data, and call a narrow API instead of the container runtime.",
            snippet: """
                services:
                  agent:
                    volumes:
                      - agent-data:/var/lib/agent
                volumes:
                  agent-data: {}
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.12"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: build-agent
                spec:
                  selector:
                    matchLabels:
                      app: build-agent
                  template:
                    metadata:
                      labels:
                        app: build-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/build-agent:5.2.0
                          volumeMounts:
                            - name: workspace
                              mountPath: /workspace
                      volumes:
                        - name: workspace
                          emptyDir:
                            sizeLimit: 2Gi
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/build-agent:5.2.0
                    volumes:
                      - ./workspace:/workspace
                      - agent-cache:/var/cache/agent
                      - /etc/localtime:/etc/localtime:ro
                volumes:
                  agent-cache: {}
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: build-agent
                spec:
                  selector:
                    matchLabels:
                      app: build-agent
                  template:
                    metadata:
                      labels:
                        app: build-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/build-agent:5.2.0
                          volumeMounts:
                            - name: docker
                              mountPath: /var/run/docker.sock
                      volumes:
                        - name: docker
                          ↓hostPath:
                            path: /var/run/docker.sock
                            type: Socket
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/build-agent:5.2.0
                    volumes:
                      - ./workspace:/workspace
                      - ↓/var/run/docker.sock:/var/run/docker.sock
                      - ↓type: bind
                        source: /
                        target: /host
                        read_only: true
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "host paths are mounted", control: "no workload mounts the host's filesystem or container runtime"
        ) { workload in
            guard workload.hostMounts.isEmpty else {
                return .gaps(workload.hostMounts.map { Evidence("\(workload.name) mounts host path \($0.value)", at: $0.location) })
            }
            return .shown(nil)
        }
    }
}
