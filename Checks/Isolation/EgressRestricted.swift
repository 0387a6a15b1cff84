import PreflightCore

/// PF-ISO-010: every Kubernetes pod the agent runs in is selected by a NetworkPolicy that
/// restricts egress, and no such policy lets egress go anywhere.
///
/// Policies add up: a pod selected by several may reach the union of what they allow, so
/// one allow-all rule (`- {}`, or an `ipBlock` of `0.0.0.0/0` without `except`) undoes the
/// rest. A pod no egress policy selects fails at its pod spec. Only `matchLabels` selectors
/// are matched. Compose has no egress policy to check, so agents without Kubernetes
/// workloads are not applicable.
struct EgressRestricted: Check {
    static let description = CheckDescription(
        id: "PF-ISO-010",
        title: "Kubernetes egress is restricted by a NetworkPolicy",
        area: .isolation,
        severity: .high,
        question: "If the agent is talked into sending data somewhere, can its pods reach any address on the internet?",
        rationale: """
            Prompt injection turns an agent's network access into an exfiltration channel: a poisoned document \
            asks it to post secrets or customer data to an attacker's server. Kubernetes pods can reach \
            everything until a NetworkPolicy selecting them restricts egress; limiting egress to the model \
            provider and the agent's own services closes the channel even when the agent is fooled.
            """,
        remediation: Remediation(
            "Add a NetworkPolicy that selects the agent's pods, lists `Egress` in `policyTypes`, and allows only DNS and the destinations the agent needs.",
            snippet: """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: support-agent-egress
                spec:
                  podSelector:
                    matchLabels:
                      app: support-agent
                  policyTypes: [Egress]
                  egress:
                    - to:
                        - namespaceSelector:
                            matchLabels:
                              kubernetes.io/metadata.name: kube-system
                      ports:
                        - port: 53
                          protocol: UDP
                    - to:
                        - ipBlock:
                            cidr: 10.20.0.0/16
                      ports:
                        - port: 443
                """),
        references: ["OWASP ASI02", "OWASP LLM02", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.3.2"],
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
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: support-agent-egress
                spec:
                  podSelector:
                    matchLabels:
                      app: support-agent
                  policyTypes:
                    - Egress
                  egress:
                    - ports:
                        - port: 53
                          protocol: UDP
                    - to:
                        - ipBlock:
                            cidr: 10.20.0.0/16
                      ports:
                        - port: 443
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
                        - name: proxy
                          image: envoyproxy/envoy:v1.31.2
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: web-ingress
                spec:
                  podSelector:
                    matchLabels:
                      app: support-agent
                  policyTypes:
                    - Ingress
                  ingress:
                    - from:
                        - podSelector:
                            matchLabels:
                              app: gateway
                """),
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
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata:
                  name: support-agent-egress
                spec:
                  podSelector: {}
                  policyTypes: [Egress]
                  egress:
                    - to:
                        - ipBlock:
                            ↓cidr: 0.0.0.0/0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            WorkloadFact.kubernetes(agent.workloads), absent: "the agent runs no Kubernetes workloads",
            problem: "egress is unrestricted", control: "every pod's egress is restricted by a NetworkPolicy"
        ) { workload in
            let policies = agent.networkPolicies.filter {
                $0.restrictsEgress && $0.selects(labels: workload.labels, namespace: workload.namespace)
            }
            let pod = workload.pod?.location ?? workload.location
            guard let first = policies.first else {
                return .gaps([Evidence("\(workload.pod?.value ?? workload.name): no NetworkPolicy restricting egress selects its pods",
                                       at: pod)])
            }
            let open = policies.compactMap { policy in
                policy.allowsAllEgress.map { Evidence("NetworkPolicy/\(policy.name) allows egress to everywhere", at: $0) }
            }
            guard open.isEmpty else { return .gaps(open) }
            return .shown(Evidence("NetworkPolicy/\(first.name) restricts egress", at: first.location))
        }
    }
}
