import PreflightCore

/// PF-ID-006: every Kubernetes pod the agent runs in names a service account of its own,
/// not the namespace's `default`. A pod that names none runs as `default` and fails at its
/// pod spec.
struct DedicatedServiceAccount: Check {
    static let description = CheckDescription(
        id: "PF-ID-006",
        title: "Kubernetes pods run as a dedicated service account",
        area: .identity,
        severity: .medium,
        question: "Does the agent act in the cluster under an identity of its own?",
        rationale: """
            Every pod that names no service account runs as its namespace's `default` account, so the agent \
            shares its cluster identity, and any role bound to it, with every other such pod. A dedicated \
            account can be bound to exactly the permissions the agent needs and shows up in the API server's \
            audit log as this agent.
            """,
        remediation: Remediation(
            "Create a ServiceAccount for the agent, bind only the roles it needs, and name it in the pod spec.",
            snippet: """
                apiVersion: v1
                kind: ServiceAccount
                metadata:
                  name: support-agent
                automountServiceAccountToken: false
                ---
                # in the Deployment's pod template
                spec:
                  serviceAccountName: support-agent
                """),
        references: ["OWASP ASI03", "NIST AI RMF GOVERN 1.6", "EU AI Act Art. 12", "CIS Kubernetes 5.1.5"],
        passingExamples: [
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
                    spec:
                      serviceAccountName: support-agent
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
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
                    ↓spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1
                ---
                apiVersion: batch/v1
                kind: CronJob
                metadata:
                  name: support-digest
                spec:
                  schedule: "0 7 * * 1-5"
                  jobTemplate:
                    spec:
                      template:
                        spec:
                          ↓serviceAccountName: default
                          restartPolicy: OnFailure
                          containers:
                            - name: digest
                              image: ghcr.io/acme/support-agent:2.3.1
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            WorkloadFact.kubernetes(agent.workloads), absent: "the agent runs no Kubernetes workloads",
            problem: "the namespace's default service account is used", control: "every pod runs as a dedicated service account"
        ) { workload in
            let owner = workload.pod?.value ?? workload.name
            guard let account = workload.serviceAccountName, !account.value.isEmpty else {
                return .gaps([Evidence("\(owner) names no serviceAccountName, so it runs as default",
                                       at: workload.pod?.location ?? workload.location)])
            }
            guard account.value != "default" else {
                return .gaps([Evidence("\(owner) runs as the default service account", at: account.location)])
            }
            return .shown(Evidence("service account \(account.value)", at: account.location))
        }
    }
}
