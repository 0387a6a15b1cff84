import PreflightCore

/// PF-ISO-002: every workload runs as a user other than root.
///
/// Kubernetes: the effective `runAsUser` (container, else pod) is above 0, or, when no user
/// is set, `runAsNonRoot: true` holds. Compose: `user` names a user other than `root` or 0.
/// With neither, the image's own user applies, which is root for most images, so the
/// workload fails at its container or service.
struct RunsAsNonRoot: Check {
    static let description = CheckDescription(
        id: "PF-ISO-002",
        title: "Workloads run as a non-root user",
        area: .isolation,
        severity: .high,
        question: "Does code the agent runs execute as root inside its container?",
        rationale: """
            Root inside a container is one kernel bug or one mis-mounted path away from root on the host, and \
            it can rewrite the agent's own code and tools at run time. Agents run generated commands and \
            third-party tools; running them as an unprivileged user limits what a hijacked step can change.
            """,
        remediation: Remediation(
            "Set a non-root user: in Kubernetes `runAsNonRoot: true` with a numeric `runAsUser`; in Compose `user: \"10001:10001\"`.",
            snippet: """
                spec:
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.7"],
        passingExamples: [
            ExampleProject("k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: research-agent
                spec:
                  selector:
                    matchLabels:
                      app: research-agent
                  template:
                    metadata:
                      labels:
                        app: research-agent
                    spec:
                      securityContext:
                        runAsNonRoot: true
                        runAsUser: 10001
                      containers:
                        - name: agent
                          image: ghcr.io/acme/research-agent:0.8.2
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/research-agent:0.8.2
                    user: "10001:10001"
                """),
        ],
        failingExamples: [
            ExampleProject("k8s/deployment.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: research-agent
                spec:
                  selector:
                    matchLabels:
                      app: research-agent
                  template:
                    metadata:
                      labels:
                        app: research-agent
                    spec:
                      containers:
                        - ↓name: agent
                          image: ghcr.io/acme/research-agent:0.8.2
                        - name: browser
                          image: ghcr.io/acme/headless-browser:1.2.0
                          securityContext:
                            ↓runAsUser: 0
                      initContainers:
                        - name: fetch-models
                          image: busybox:1.36
                          securityContext:
                            ↓runAsNonRoot: false
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/research-agent:0.8.2
                    ↓user: root
                  ↓worker:
                    image: ghcr.io/acme/research-worker:0.8.2
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "root is the user", control: "every workload runs as a non-root user"
        ) { workload in
            workload.platform == .kubernetes ? RunsAsNonRoot.kubernetes(workload) : RunsAsNonRoot.compose(workload)
        }
    }

    /// The effective `runAsUser`, else `runAsNonRoot`, of a Kubernetes container.
    private static func kubernetes(_ workload: Workload) -> WorkloadFact.Finding {
        if let user = workload.user {
            guard Int(user.value) != 0 else {
                return .gaps([Evidence("\(workload.name) has runAsUser: 0 (root)", at: user.location)])
            }
            return .shown(Evidence("runAsUser: \(user.value)", at: user.location))
        }
        guard let nonRoot = workload.runAsNonRoot else {
            return .gaps([Evidence("\(workload.name) sets neither runAsNonRoot nor runAsUser: the image's user (often root) applies",
                                   at: workload.location)])
        }
        guard nonRoot.value else {
            return .gaps([Evidence("\(workload.name) has runAsNonRoot: false and no runAsUser", at: nonRoot.location)])
        }
        return .shown(Evidence("runAsNonRoot: true", at: nonRoot.location))
    }

    /// The `user` of a Compose service.
    private static func compose(_ workload: Workload) -> WorkloadFact.Finding {
        guard let user = workload.user else {
            return .gaps([Evidence("\(workload.name) sets no user: the image's user (often root) applies", at: workload.location)])
        }
        let name = ASCIIText.split(user.value[...], separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        guard name != "root" && name != "0" && !name.isEmpty else {
            return .gaps([Evidence("\(workload.name) runs as \(user.value)", at: user.location)])
        }
        return .shown(Evidence("user: \(user.value)", at: user.location))
    }
}
