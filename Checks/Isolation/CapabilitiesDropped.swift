import PreflightCore

/// PF-ISO-005: every workload drops all Linux capabilities and adds back none that
/// reach the host (`SYS_ADMIN`, `NET_ADMIN`, `SYS_PTRACE`, `ALL`...). Adding a harmless one
/// such as `NET_BIND_SERVICE` is fine.
struct CapabilitiesDropped: Check {
    /// Capabilities that let a container administer the host, its network, its kernel or
    /// other processes. Compared without the `CAP_` prefix, upper-cased.
    static let dangerous: Set<String> = [
        "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME",
        "DAC_READ_SEARCH", "BPF", "PERFMON", "MAC_ADMIN", "MAC_OVERRIDE",
    ]

    static let description = CheckDescription(
        id: "PF-ISO-005",
        title: "Workloads drop all capabilities and add none that reach the host",
        area: .isolation,
        severity: .medium,
        question: "Does code the agent runs keep Linux capabilities it does not need?",
        rationale: """
            Containers start with a default set of capabilities (raw sockets, changing file ownership, \
            killing other processes) that an agent rarely needs. Dropping them all removes whole classes of \
            escape; adding SYS_ADMIN, NET_ADMIN or SYS_PTRACE back hands a hijacked step near-root power over \
            the host, its network or neighbouring processes.
            """,
        remediation: Remediation(
            "Drop `ALL` capabilities and add back only a narrow one the workload needs, such as `NET_BIND_SERVICE`.",
            snippet: """
                securityContext:
                  capabilities:
                    drop: ["ALL"]
                    add: ["NET_BIND_SERVICE"]
                """),
        references: ["OWASP ASI05", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15", "CIS Kubernetes 5.2.9"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: memory-agent
                spec:
                  serviceName: memory-agent
                  selector:
                    matchLabels:
                      app: memory-agent
                  template:
                    metadata:
                      labels:
                        app: memory-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/memory-agent:2.0.4
                          securityContext:
                            capabilities:
                              drop: ["ALL"]
                              add: ["NET_BIND_SERVICE"]
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/memory-agent:2.0.4
                    cap_drop:
                      - ALL
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: StatefulSet
                metadata:
                  name: memory-agent
                spec:
                  serviceName: memory-agent
                  selector:
                    matchLabels:
                      app: memory-agent
                  template:
                    metadata:
                      labels:
                        app: memory-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/memory-agent:2.0.4
                          securityContext:
                            capabilities:
                              drop: ["ALL"]
                              add: [↓"SYS_PTRACE"]
                        - ↓name: metrics
                          image: prom/statsd-exporter:v0.26.1
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    image: ghcr.io/acme/memory-agent:2.0.4
                    cap_drop:
                      - ALL
                    cap_add:
                      - ↓SYS_ADMIN
                      - ↓NET_ADMIN
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        WorkloadFact.outcome(
            agent.workloads, absent: "the agent runs no containers or Compose services",
            problem: "capabilities are kept or added", control: "every workload drops all capabilities"
        ) { workload in
            var gaps: [Evidence] = []
            let dropsAll = workload.capabilitiesDropped.first { CapabilitiesDropped.normalise($0.value) == "ALL" }
            if dropsAll == nil {
                gaps.append(Evidence("\(workload.name) does not drop ALL capabilities", at: workload.location))
            }
            for added in workload.capabilitiesAdded where CapabilitiesDropped.dangerous.contains(CapabilitiesDropped.normalise(added.value)) {
                gaps.append(Evidence("\(workload.name) adds \(added.value)", at: added.location))
            }
            guard gaps.isEmpty, let dropsAll else { return .gaps(gaps) }
            return .shown(Evidence("drops ALL capabilities", at: dropsAll.location))
        }
    }

    /// A capability's name without `CAP_`, upper-cased.
    static func normalise(_ capability: String) -> String {
        let upper = capability.uppercased()
        return upper.hasPrefix("CAP_") ? String(upper.dropFirst(4)) : upper
    }
}
