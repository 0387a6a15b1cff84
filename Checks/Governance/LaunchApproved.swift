import PreflightCore

/// PF-GOV-004: the launch was reviewed and signed off: the manifest names the reviewers and
/// who approved it.
struct LaunchApproved: Check {
    static let description = CheckDescription(
        id: "PF-GOV-004",
        title: "Launch is reviewed and approved",
        area: .governance,
        severity: .medium,
        question: "Who reviewed this agent before launch, and who signed it off?",
        rationale: """
            A launch review is only a control if it leaves a record: who looked at the agent's permissions, data \
            and risks, and who accepted the remaining risk on the organisation's behalf. Recording reviewers and \
            the approver in the manifest ties the sign-off to the version being launched, so a later change can \
            be seen to need a fresh review.
            """,
        remediation: Remediation(
            "Have the agent reviewed (security, privacy, the owning team) and record the reviewers and the approver in the manifest.",
            snippet: """
                governance:
                  reviewers: [security-review@acme.com, privacy-office@acme.com]
                  approvedBy: head-of-support-platform@acme.com
                """),
        references: ["ISO/IEC 42001 A.6.2.5", "NIST AI RMF GOVERN 2.1", "NIST AI RMF GOVERN 1.4"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                governance:
                  reviewers: [security-review@acme.com, privacy-office@acme.com]
                  approvedBy: head-of-support-platform@acme.com
                """),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                governance:
                  reviewers:
                    - appsec
                    - finance-controls
                  approvedBy: cfo-office
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                ↓governance:
                  reviewers: [security-review@acme.com]
                """),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: release-notes
                  version: 1.0.0
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest, let governance = agent.governance else {
            return .unknown("no evidence: no Preflight manifest records the agent's launch review")
        }
        let missing = [governance.reviewers.isEmpty ? "reviewers" : nil, governance.approvedBy == nil ? "approvedBy" : nil].compactMap { $0 }
        guard missing.isEmpty, let approver = governance.approvedBy, let firstReviewer = governance.reviewers.first else {
            return .fail("the manifest does not record the launch review's \(missing.joined(separator: " or "))",
                         evidence: [Evidence("add \(missing.joined(separator: " and ")) under governance",
                                             at: governance.section ?? governance.location)])
        }
        let reviewers = governance.reviewers.map(\.value).joined(separator: ", ")
        return .pass("reviewed by \(reviewers); approved by \(approver.value)",
                     evidence: [Evidence("reviewers: \(reviewers)", at: firstReviewer.location),
                                Evidence("approvedBy: \(approver.value)", at: approver.location)])
    }
}
