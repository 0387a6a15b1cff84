import PreflightCore

/// PF-ISO-009: every workload has resource limits: Kubernetes `resources.limits`, Compose
/// `deploy.resources.limits`, `mem_limit` or `cpus`.
struct ResourceLimitsSet: Check {
    static let description = CheckDescription(
        id: "PF-ISO-009",
        title: "Workloads have resource limits",
        area: .isolation,
        severity: .medium,
        question: "Is there a ceiling on the CPU and memory code the agent runs can take?",
        rationale: """
            An agent stuck in a loop, or tricked into running a fork bomb or a huge build, takes whatever the \
            node has and starves everything beside it. Limits turn runaway consumption into a killed container \
            the platform restarts and records.
            """,
        remediation: Remediation(
            "Set CPU and memory limits on every container or service.",
            snippet: """
                resources:
                  requests:
                    cpu: 250m
                    memory: 512Mi
                  limits:
                    cpu: "1"
                    memory: 1Gi
                """),
        references: ["OWASP LLM10", "OWASP ASI08", "NIST AI RMF MEASURE 2.6", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: sql-agent
                spec:
                  selector:
                    matchLabels:
                      app: sql-agent
                  template:
                    metadata:
                      labels:
                        app: sql-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/sql-agent:0.12.0
                          resources:
                            requests:
                              cpu: 250m
                              memory: 512Mi
                            limits:
                              cpu: "1"
                              memory: 1Gi
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/sql-agent:0.12.0
                    deploy:
                      resources:
                        limits:
                          cpus: "1.0"
                          memory: 1G
                  db:
                    image: postgres:16.4
                    mem_limit: 2g
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: sql-agent
                spec:
                  selector:
                    matchLabels:
                      app: sql-agent
                  template:
                    metadata:
                      labels:
                        app: sql-agent
                    spec:
                      containers:
                        - ↓name: agent
                          image: ghcr.io/acme/sql-agent:0.12.0
                          resources:
                            requests:
                              cpu: 250m
                              memory: 512Mi
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/sql-agent:0.12.0
                    mem_limit: 1g
                  ↓db:
                    image: postgres:16.4
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "resource limits are missing", control: "every workload has resource limits"
        ) { workload in
            guard let limits = workload.resourceLimits else {
                return .gaps([Evidence("\(workload.name) sets no CPU or memory limit", at: workload.location)])
            }
            return .shown(Evidence("resource limits", at: limits))
        }
    }
}
