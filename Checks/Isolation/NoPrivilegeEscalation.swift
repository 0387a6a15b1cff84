import PreflightCore

/// PF-ISO-003: every workload forbids gaining privileges at run time: Kubernetes
/// `allowPrivilegeEscalation: false`, Compose `security_opt: [no-new-privileges:true]`.
/// Both platforms allow escalation by default, so a workload that says nothing fails at
/// its container or service.
struct NoPrivilegeEscalation: Check {
    static let description = CheckDescription(
        id: "PF-ISO-003",
        title: "Workloads cannot escalate privileges",
        area: .isolation,
        severity: .high,
        question: "Can a process the agent starts gain more privileges than the agent has?",
        rationale: """
            Without the no_new_privs flag, a setuid binary or file capability inside the image lets a process \
            become root even when the container starts as an ordinary user. Commands an agent is tricked into \
            running are exactly the processes this flag holds back.
            """,
        remediation: Remediation(
            "Set `allowPrivilegeEscalation: false` on every Kubernetes container, or `no-new-privileges:true` in each Compose service's `security_opt`.",
            snippet: """
                services:
                  agent:
                    security_opt:
                      - no-new-privileges:true
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.6"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: code-review-agent
                spec:
                  selector:
                    matchLabels:
                      app: code-review-agent
                  template:
                    metadata:
                      labels:
                        app: code-review-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/code-review-agent:1.6.0
                          securityContext:
                            allowPrivilegeEscalation: false
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/code-review-agent:1.6.0
                    security_opt:
                      - no-new-privileges:true
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: code-review-agent
                spec:
                  selector:
                    matchLabels:
                      app: code-review-agent
                  template:
                    metadata:
                      labels:
                        app: code-review-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/code-review-agent:1.6.0
                          securityContext:
                            ↓allowPrivilegeEscalation: true
                        - ↓name: git-sync
                          image: registry.k8s.io/git-sync/git-sync:v4.2.3
                """),
            ExampleProject("docker-compose.yml", """
                services:
                  ↓agent:
                    image: ghcr.io/acme/code-review-agent:1.6.0
                    security_opt:
                      - apparmor:docker-default
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "privilege escalation is allowed", control: "no workload can escalate privileges"
        ) { workload in
            guard let escalation = workload.allowPrivilegeEscalation else {
                let setting = workload.platform == .kubernetes ? "allowPrivilegeEscalation: false" : "security_opt no-new-privileges:true"
                return .gaps([Evidence("\(workload.name) does not set \(setting)", at: workload.location)])
            }
            guard !escalation.value else {
                return .gaps([Evidence("\(workload.name) allows privilege escalation", at: escalation.location)])
            }
            return .shown(Evidence("privilege escalation forbidden", at: escalation.location))
        }
    }
}
