import PreflightCore

/// PF-ID-004: when the agent uses a long-lived credential (an API key or a shared service
/// account), the manifest says it is rotated on a schedule.
struct StaticCredentialsRotated: Check {
    /// Rotation values that mean the credential is not rotated on a schedule.
    static let unscheduled: Set<String> = ManifestFact.nonAnswers.union(["manual", "never"])

    static let description = CheckDescription(
        id: "PF-ID-004",
        title: "Long-lived agent credentials are rotated on a schedule",
        area: .identity,
        severity: .medium,
        question: "If the agent must use a long-lived key, is it replaced before a leaked copy becomes a standing backdoor?",
        rationale: """
            Some providers only offer API keys, and some integrations only accept a shared service account. \
            Such credentials never expire on their own, so a copy left in a log, a trace or a former \
            employee's laptop keeps working until the key is replaced. Scheduled, automatic rotation caps that \
            window; "manual" rotation in practice means the key is never rotated.
            """,
        remediation: Remediation(
            "Rotate the key automatically (for example from the secrets manager) and declare the schedule; better, move to a short-lived credential.",
            snippet: """
                identity:
                  principal: support-triage-bot
                  credential: api-key
                  rotation: 30d
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
                  principal: support-triage-bot
                  credential: api-key
                  rotation: 30d
                """),
            ExampleProject("agents/crm-sync/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: crm-sync
                  version: 4.1.0
                identity:
                  principal: crm-integration
                  credential: shared-service-account
                  rotation: automatic
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
                  credential: api-key
                  ↓rotation: manual
                """),
            ExampleProject("agents/crm-sync/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: crm-sync
                  version: 4.1.0
                ↓identity:
                  principal: crm-integration
                  credential: shared-service-account
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest, let identity = agent.identity else {
            return .unknown("no evidence: no Preflight manifest declares the agent's credential")
        }
        guard let kind = identity.credentialKind, !kind.isShortLived, let credential = identity.credential else {
            return .notApplicable("the manifest declares no long-lived credential (api-key or shared-service-account) to rotate")
        }
        return ManifestFact.outcome(
            agent, identity.rotation, section: identity.section ?? identity.location,
            subject: "the \(kind.rawValue)'s rotation schedule (rotation)",
            missing: "the agent's \(kind.rawValue) has no declared rotation"
        ) { rotation in
            guard !StaticCredentialsRotated.unscheduled.contains(rotation.value.lowercased()) else {
                return .fail("the agent's \(kind.rawValue) is not rotated on a schedule (rotation: \(rotation.value))",
                             evidence: [Evidence("rotation: \(rotation.value); declare a schedule such as 30d or automatic",
                                                 at: rotation.location)])
            }
            return .pass("the agent's \(kind.rawValue) is rotated (\(rotation.value))",
                         evidence: [Evidence("credential: \(kind.rawValue)", at: credential.location),
                                    Evidence("rotation: \(rotation.value)", at: rotation.location)])
        }
    }
}
