import PreflightCore

/// PF-ID-002: the agent authenticates with a credential issued to its workload that expires
/// on its own (workload identity, OIDC, SPIFFE), not a long-lived key or a shared account.
struct ShortLivedCredentials: Check {
    static let description = CheckDescription(
        id: "PF-ID-002",
        title: "Agent authenticates with short-lived, workload-bound credentials",
        area: .identity,
        severity: .high,
        question: "Does the agent act with a credential issued to it alone that expires on its own?",
        rationale: """
            A long-lived API key or a service account shared with other systems works for whoever holds it \
            until someone revokes it: a leaked copy lets anyone act as the agent, and the agent's actions cannot \
            be told apart from the other holders'. Workload identity, OIDC and SPIFFE give each running agent \
            its own credential that expires within minutes or hours, so a leak is short-lived and every call is attributable.
            """,
        remediation: Remediation(
            "Bind the agent to a workload identity (or OIDC or SPIFFE) and declare it in the manifest's identity section.",
            snippet: """
                identity:
                  principal: system:serviceaccount:support:support-triage
                  credential: workload-identity
                  tokenLifetime: 1h
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
                  credential: workload-identity
                  tokenLifetime: 1h
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                identity:
                  principal: spiffe://acme.internal/ns/finance/sa/invoice-reader
                  credential: SPIFFE
                  tokenLifetime: 15m
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
                  principal: support-triage-bot
                  ↓credential: api-key
                  rotation: 90d
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                identity:
                  principal: ci-automation
                  ↓credential: personal-access-token
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: support-triage
                  version: 2.3.1
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let identity = agent.identity
        return ManifestFact.outcome(
            agent, identity?.credential, section: identity?.section ?? identity?.location,
            subject: "the agent's credential",
            missing: "the manifest does not say what credential the agent authenticates with"
        ) { credential in
            guard let kind = identity?.credentialKind else {
                let known = CredentialKind.allCases.map(\.rawValue).joined(separator: ", ")
                let written = Secrets.detect(name: "credential", value: credential.value).map { Secrets.mask($0.secret) } ?? credential.value
                return .fail("credential '\(written)' is not a kind Preflight knows (known: \(known))",
                             evidence: [Evidence("declare one of: \(known)", at: credential.location)])
            }
            guard kind.isShortLived else {
                return .fail("the agent authenticates with a long-lived \(kind.rawValue) that works for anyone who holds it",
                             evidence: [Evidence("credential: \(kind.rawValue)", at: credential.location)])
            }
            return .pass("the agent authenticates with short-lived \(kind.rawValue) credentials",
                         evidence: [Evidence("credential: \(kind.rawValue)", at: credential.location)])
        }
    }
}
