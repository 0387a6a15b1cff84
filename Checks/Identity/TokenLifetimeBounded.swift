import PreflightCore

/// PF-ID-003: the tokens the agent acts with expire within an hour.
struct TokenLifetimeBounded: Check {
    /// The longest token lifetime that passes: one hour.
    static let longestLifetimeSeconds = 3_600

    static let description = CheckDescription(
        id: "PF-ID-003",
        title: "Agent tokens expire within an hour",
        area: .identity,
        severity: .medium,
        question: "If one of the agent's tokens leaks, how long can someone else use it?",
        rationale: """
            Agents copy their tokens into tool calls, logs and sub-processes, so a token eventually ends up \
            somewhere it should not be. A lifetime of an hour or less bounds what a leaked token is worth \
            and forces the agent to re-authenticate, which is where revocation takes effect.
            """,
        remediation: Remediation(
            "Issue the agent tokens that live one hour or less, and declare the lifetime in the manifest.",
            snippet: """
                identity:
                  credential: oidc
                  tokenLifetime: 15m
                """),
        references: ["OWASP ASI03", "EU AI Act Art. 15", "NIST AI RMF MEASURE 2.7"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                identity:
                  principal: system:serviceaccount:support:support-triage
                  credential: oidc
                  tokenLifetime: 15m
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                identity:
                  credential: workload-identity
                  tokenLifetime: 1h
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                identity:
                  credential: oidc
                  ↓tokenLifetime: 12h
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                ↓identity:
                  principal: release-notes-agent
                  credential: workload-identity
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let identity = agent.identity
        return ManifestFact.outcome(
            agent, identity?.tokenLifetimeSeconds, section: identity?.section ?? identity?.location,
            subject: "the token lifetime (tokenLifetime)",
            missing: "the manifest does not bound how long the agent's tokens live"
        ) { lifetime in
            let written = TokenLifetimeBounded.duration(lifetime.value)
            guard lifetime.value <= TokenLifetimeBounded.longestLifetimeSeconds else {
                return .fail("the agent's tokens live \(written), longer than an hour",
                             evidence: [Evidence("tokenLifetime \(written); at most 1h", at: lifetime.location)])
            }
            return .pass("the agent's tokens expire after \(written)",
                         evidence: [Evidence("tokenLifetime \(written)", at: lifetime.location)])
        }
    }

    /// `seconds` in the largest whole unit: `15m`, `12h`, `90s`.
    static func duration(_ seconds: Int) -> String {
        for (unit, size) in [("d", 86_400), ("h", 3_600), ("m", 60)] where seconds >= size && seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}
