import Foundation
import PreflightCore

/// PF-ID-005: the agent acts as a principal of its own, not a default, administrative,
/// shared or personal account.
///
/// A principal fails when it contains `shared`; when its last `/`- or `:`-separated
/// segment is a default or administrative name (`default`, `admin`, `root`...); when it is
/// a Google Cloud default service account; or when it is any other email address (taken to
/// be a person's or a team mailbox) that is not a `gserviceaccount.com` service account.
struct DistinctPrincipal: Check {
    /// Account names that come with a platform and that many workloads or people share.
    static let sharedNames: Set<String> = ["default", "admin", "administrator", "root", "superuser", "system", "owner"]

    /// Domains of Google Cloud's default service accounts (Compute Engine and App Engine).
    static let defaultServiceAccountDomains: Set<String> = ["developer.gserviceaccount.com", "appspot.gserviceaccount.com"]

    static let description = CheckDescription(
        id: "PF-ID-005",
        title: "Agent acts as a principal of its own",
        area: .identity,
        severity: .high,
        question: "When the logs say who acted, do they name this agent, and only this agent?",
        rationale: """
            An agent running as "default", "admin", a shared automation account or an engineer's own login \
            inherits every permission that account has, and its actions are recorded under a name that other \
            workloads or people also use. A dedicated principal can be scoped to the agent's needs, revoked \
            without breaking anything else, and read in an audit trail as this agent's doing.
            """,
        remediation: Remediation(
            "Create a service account, role or SPIFFE ID for this agent alone, grant it only what the agent needs, and declare it.",
            snippet: """
                identity:
                  principal: system:serviceaccount:support:support-triage
                  credential: workload-identity
                """),
        references: ["OWASP ASI03", "OWASP Agentic T8", "EU AI Act Art. 12"],
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
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                identity:
                  principal: invoice-reader@acme-finance-prod.iam.gserviceaccount.com
                  credential: workload-identity
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
                  ↓principal: system:serviceaccount:support:default
                  credential: workload-identity
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                identity:
                  ↓principal: jane.doe@acme.com
                  credential: oidc
                """),
            ExampleProject("agents/crm-sync/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: crm-sync
                  version: 4.1.0
                identity:
                  ↓principal: arn:aws:iam::123456789012:role/shared-automation
                  credential: workload-identity
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓identity:
                  credential: workload-identity
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let identity = agent.identity
        return ManifestFact.outcome(
            agent, identity?.principal, section: identity?.section ?? identity?.location,
            subject: "the principal the agent acts as (principal)",
            missing: "the manifest does not say which principal the agent acts as"
        ) { principal in
            if let reason = DistinctPrincipal.sharing(principal.value) {
                return .fail("the agent acts as '\(principal.value)', which is not its own: \(reason)",
                             evidence: [Evidence("principal shared with others: \(reason)", at: principal.location)])
            }
            return .pass("the agent acts as its own principal '\(principal.value)'",
                         evidence: [Evidence("principal: \(principal.value)", at: principal.location)])
        }
    }

    /// Why `principal` is shared with other workloads or people, or nil when it looks like the agent's own.
    static func sharing(_ principal: String) -> String? {
        let lower = principal.trimmingWhitespace().lowercased()
        if lower.isEmpty { return "it is empty" }
        if lower.containsASCII("shared") { return "its name says it is shared" }
        if let at = ASCIIText.lastIndex(of: "@", in: lower[...]) {
            let domain = String(lower[lower.index(after: at)...])
            if defaultServiceAccountDomains.contains(domain) { return "it is a Google Cloud default service account" }
            return domain.hasSuffix("gserviceaccount.com") ? nil : "it is a person's or a mailbox's email address"
        }
        let name = ASCIIText.split(lower[...], whereSeparator: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ":") },
                                   orCharacter: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? lower
        return sharedNames.contains(name) ? "'\(name)' is a default or administrative account" : nil
    }
}
