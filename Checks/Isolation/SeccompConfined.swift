import PreflightCore

/// PF-ISO-008: every workload runs under a seccomp profile.
///
/// Kubernetes: the effective `seccompProfile.type` (container, else pod) is
/// `RuntimeDefault` or `Localhost`; unset fails at the container, since many clusters run
/// pods unconfined by default. Compose: Docker applies its default profile unless a service
/// asks for `seccomp:unconfined`, so only that fails.
struct SeccompConfined: Check {
    static let description = CheckDescription(
        id: "PF-ISO-008",
        title: "Workloads run under a seccomp profile",
        area: .isolation,
        severity: .medium,
        question: "Are the system calls code the agent runs can make filtered?",
        rationale: """
            Seccomp blocks the rarely needed system calls most kernel exploits go through. Kubernetes runs \
            containers unconfined unless a profile is set; Compose applies Docker's default profile unless it \
            is switched off. An agent that executes untrusted input should keep the filter on.
            """,
        remediation: Remediation(
            "Set `seccompProfile.type: RuntimeDefault` in the pod's securityContext; in Compose remove `seccomp:unconfined`.",
            snippet: """
                spec:
                  securityContext:
                    seccompProfile:
                      type: RuntimeDefault
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.7.2"],
        passingExamples: [
            ExampleProject("deploy/cronjob.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: nightly-digest-agent
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          securityContext:
                            seccompProfile:
                              type: RuntimeDefault
                          containers:
                            - name: agent
                              image: ghcr.io/acme/digest-agent:1.0.3
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/digest-agent:1.0.3
                    security_opt:
                      - no-new-privileges:true
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/cronjob.yaml", """
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: nightly-digest-agent
                spec:
                  schedule: "0 3 * * *"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          restartPolicy: OnFailure
                          containers:
                            - ↓name: agent
                              image: ghcr.io/acme/digest-agent:1.0.3
                            - name: sandbox
                              image: ghcr.io/acme/code-sandbox:0.4.1
                              securityContext:
                                seccompProfile:
                                  ↓type: Unconfined
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/digest-agent:1.0.3
                    security_opt:
                      - ↓seccomp:unconfined
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "system calls are unfiltered", control: "every workload runs under a seccomp profile"
        ) { workload in
            guard let profile = workload.seccompProfile else {
                guard workload.platform == .kubernetes else { return .shown(nil) }
                return .gaps([Evidence("\(workload.name) sets no seccompProfile: it runs unconfined unless the cluster defaults otherwise",
                                       at: workload.location)])
            }
            guard profile.value.lowercased() != "unconfined" else {
                return .gaps([Evidence("\(workload.name) runs with seccomp unconfined", at: profile.location)])
            }
            return .shown(Evidence("seccomp profile \(profile.value)", at: profile.location))
        }
    }
}
