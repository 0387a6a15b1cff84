import PreflightCore

/// PF-ISO-004: every workload's root filesystem is read-only (Kubernetes
/// `readOnlyRootFilesystem: true`, Compose `read_only: true`); writable space comes from
/// explicit volumes.
struct ReadOnlyRootFilesystem: Check {
    static let description = CheckDescription(
        id: "PF-ISO-004",
        title: "Workloads run on a read-only root filesystem",
        area: .isolation,
        severity: .medium,
        question: "Can code the agent runs rewrite its own image: binaries, tools, prompts?",
        rationale: """
            A writable root filesystem lets a hijacked step plant a backdoor in the agent's own code, swap a \
            tool's binary or edit bundled prompts, and the change lasts until the container is replaced. A \
            read-only root with a small writable scratch volume keeps the image what was reviewed.
            """,
        remediation: Remediation(
            "Make the root filesystem read-only and mount an `emptyDir` (Kubernetes) or `tmpfs` (Compose) where the agent must write.",
            snippet: """
                securityContext:
                  readOnlyRootFilesystem: true
                volumeMounts:
                  - name: scratch
                    mountPath: /tmp
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "Kubernetes Pod Security Standards"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: triage-agent
                  labels:
                    app: triage-agent
                spec:
                  containers:
                    - name: agent
                      image: ghcr.io/acme/triage-agent:3.0.1
                      securityContext:
                        readOnlyRootFilesystem: true
                      volumeMounts:
                        - name: scratch
                          mountPath: /tmp
                  volumes:
                    - name: scratch
                      emptyDir: {}
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/triage-agent:3.0.1
                    read_only: true
                    tmpfs:
                      - /tmp
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: triage-agent
                  labels:
                    app: triage-agent
                spec:
                  containers:
                    - ↓name: agent
                      image: ghcr.io/acme/triage-agent:3.0.1
                      securityContext:
                        runAsNonRoot: true
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/triage-agent:3.0.1
                    ↓read_only: false
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "the root filesystem is writable", control: "every workload's root filesystem is read-only"
        ) { workload in
            guard let readOnly = workload.readOnlyRootFilesystem else {
                let setting = workload.platform == .kubernetes ? "readOnlyRootFilesystem: true" : "read_only: true"
                return .gaps([Evidence("\(workload.name) does not set \(setting)", at: workload.location)])
            }
            guard readOnly.value else {
                return .gaps([Evidence("\(workload.name) keeps its root filesystem writable", at: readOnly.location)])
            }
            return .shown(Evidence("read-only root filesystem", at: readOnly.location))
        }
    }
}
