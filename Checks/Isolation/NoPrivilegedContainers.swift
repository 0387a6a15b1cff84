import PreflightCore

/// PF-ISO-001: no container or Compose service the agent runs as is privileged.
struct NoPrivilegedContainers: Check {
    static let description = CheckDescription(
        id: "PF-ISO-001",
        title: "No workload runs privileged",
        area: .isolation,
        severity: .critical,
        question: "Could code the agent runs reach the host through a privileged container?",
        rationale: """
            A privileged container has every capability, sees every host device and is not confined by \
            seccomp or AppArmor: code that escapes the agent's process, through a prompt-injected shell \
            command or a compromised tool, owns the node. An agent that executes generated code must never \
            run with that switch on.
            """,
        remediation: Remediation(
            "Remove `privileged: true`; grant the one capability the workload truly needs with `capabilities.add` instead.",
            snippet: """
                containers:
                  - name: agent
                    securityContext:
                      privileged: false
                      allowPrivilegeEscalation: false
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.2"],
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
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                          securityContext:
                            privileged: false
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/support-agent:2.3.1
                    user: "10001"
                    read_only: true
                """),
        ],
        failingExamples: [
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
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                          securityContext:
                            ↓privileged: true
                """),
            ExampleProject("docker-compose.yml", """
                services:
                  agent:
                    image: ghcr.io/acme/support-agent:2.3.1
                  sandbox:
                    image: ghcr.io/acme/code-runner:1.4.0
                    ↓privileged: true
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "privileged mode is on", control: "no workload runs privileged"
        ) { workload in
            guard let privileged = workload.privileged else { return .shown(nil) }
            guard !privileged.value else {
                return .gaps([Evidence("\(workload.name) runs privileged", at: privileged.location)])
            }
            return .shown(Evidence("privileged: false", at: privileged.location))
        }
    }
}
