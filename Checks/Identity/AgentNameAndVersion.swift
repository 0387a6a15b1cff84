import PreflightCore

/// PF-ID-001: the agent declares a name and a version, so every action can be tied to
/// exactly what acted.
struct AgentNameAndVersion: Check {
    static let description = CheckDescription(
        id: "PF-ID-001",
        title: "Agent declares a name and a version",
        area: .identity,
        severity: .high,
        question: "Can every action be tied to a named agent and the exact version that took it?",
        rationale: """
            Logs, approvals and incident reports need to say which agent acted and which build of it. \
            Without a declared name and version, two deployments of the same code, or a rollback, \
            cannot be told apart after the fact.
            """,
        remediation: Remediation(
            "Give the agent a stable name and a version in the manifest's metadata, and bump the version on every release.",
            snippet: """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                """),
        references: ["OWASP ASI03", "NIST AI RMF GOVERN 1.6", "ISO/IEC 42001 A.4.2"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  name: support-triage
                """),
            ExampleProject("agent/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                ↓metadata:
                  description: no name, no version
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest, let identity = agent.identity else {
            return .unknown("no evidence: no Preflight manifest declares the agent's name and version")
        }
        let missing = [identity.name == nil ? "name" : nil, identity.version == nil ? "version" : nil].compactMap { $0 }
        guard missing.isEmpty, let name = identity.name, let version = identity.version else {
            return .fail("the manifest does not declare the agent's \(missing.joined(separator: " or "))",
                         evidence: [Evidence("add \(missing.joined(separator: " and ")) under metadata", at: identity.location)])
        }
        return .pass("declared as \(name.value) \(version.value)",
                     evidence: [Evidence("name", at: name.location), Evidence("version", at: version.location)])
    }
}
