import PreflightCore

/// PF-GOV-010: the incident runbook exists where the team will look for it.
///
/// A runbook the manifest names by a relative path (to the manifest's directory or to the
/// scanned root) must be a file of the repository. Preflight only knows the files it reads:
/// runbooks under `runbooks/` (so `docs/runbooks/`) or named `*runbook*.md`, `INCIDENT*.md`
/// or `incident-response*.md`, and the agent's own files. So a named path is reported missing
/// only when it is such a runbook name in a place that would cover the agent; any other path
/// cannot be confirmed. A link (`https://...`) is accepted as it is: it cannot be followed offline.
struct RunbookOnRecord: Check {
    static let description = CheckDescription(
        id: "PF-GOV-010",
        title: "The incident runbook is on record",
        area: .governance,
        severity: .medium,
        question: "Does the runbook on-call would reach for actually exist?",
        rationale: """
            A manifest that points at a runbook reassures reviewers, but a path that was renamed, moved or never \
            written leaves on-call with a dead link in the middle of an incident. Keeping the runbook in the \
            repository, next to the agent it covers, means it is reviewed and versioned with the agent and can \
            be found when the wiki cannot.
            """,
        remediation: Remediation(
            "Commit the runbook where the manifest points (or fix the path), for example under docs/runbooks/.",
            snippet: """
                # preflight.yaml
                governance:
                  incidentRunbook: docs/runbooks/support-triage.md

                # docs/runbooks/support-triage.md
                # Support triage: agent incidents
                1. Stop the agent: set the flag agents.support-triage.enabled to false.
                2. Revoke its Zendesk token and read the audit trail.
                """),
        references: ["NIST AI RMF MANAGE 4.3", "NIST AI RMF GOVERN 4.3", "ISO/IEC 42001 A.8.4"],
        passingExamples: [
            ExampleProject([
                ("preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: support-triage
                      version: 2.3.1
                    governance:
                      incidentRunbook: docs/runbooks/support-triage.md
                    """),
                ("docs/runbooks/support-triage.md", """
                    # Support triage: agent incidents

                    1. Stop the agent: set the flag `agents.support-triage.enabled` to false.
                    2. Revoke its Zendesk token and read the audit trail for the last hour.
                    """),
            ]),
            ExampleProject("agents/invoice-reader/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: invoice-reader
                  version: 0.9.0
                governance:
                  incidentRunbook: https://runbooks.acme.example/finance/invoice-reader
                """),
            ExampleProject([
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
                ("runbooks/coding-agent.md", """
                    # Coding agent incidents

                    Revoke the GitHub token in the organisation settings, then disable the MCP server in .mcp.json.
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject([
                ("preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: support-triage
                      version: 2.3.1
                    governance:
                      ↓incidentRunbook: docs/runbooks/support-triage.md
                    """),
                ("docs/runbooks/billing.md", """
                    # Billing agent incidents

                    Disable the billing agent with the flag `agents.billing.enabled`.
                    """),
            ]),
            ExampleProject("agents/release-notes/preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: release-notes
                  version: 1.0.0
                governance:
                  ↓incidentRunbook: RUNBOOK.md
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let runbooks = agent.repositoryEvidence.runbooks.sorted { $0.path < $1.path }
        if let named = agent.governance?.incidentRunbook,
           !ManifestFact.isNonAnswer(named.value) {
            return judge(named, agent: agent, runbooks: runbooks)
        }
        guard let runbook = runbooks.first else {
            return .unknown("no evidence: the manifest names no incident runbook and no runbook file covers the agent")
        }
        return .pass("the runbook \(runbook.path) covers the agent", evidence: RunbookOnRecord.evidence(for: runbook))
    }

    /// The outcome for a runbook the manifest names.
    private func judge(_ named: Located<String>, agent: Agent, runbooks: [Runbook]) -> Outcome {
        let reference = named.value
        if reference.containsASCII("://") {
            return .pass("the manifest links the runbook at \(reference) (not followed offline)",
                         evidence: [Evidence("incidentRunbook: \(reference)", at: named.location)])
        }
        guard !reference.contains(where: \.isWhitespace) else {
            return .unknown("no evidence: incidentRunbook '\(reference)' is neither a link nor a path in the repository")
        }
        let candidates = RunbookOnRecord.candidates(for: reference, manifest: named.location.path)
        // A few candidates against the agent's files: searched as they are, not hashed into a set.
        if let found = candidates.first(where: agent.files.contains) {
            let evidence = runbooks.first { $0.path == found }.map(RunbookOnRecord.evidence) ?? []
            return .pass("the runbook the manifest names, \(found), is in the repository",
                         evidence: [Evidence("incidentRunbook: \(reference)", at: named.location)] + evidence)
        }
        let wouldBeRead = candidates.contains { path in
            Runbook.isRunbookPath(path)
                && RepositoryDocumentPath.covers(RepositoryDocumentPath.coveredDirectory(of: path), agentPath: agent.path)
        }
        guard wouldBeRead else {
            return .unknown("no evidence: incidentRunbook \(reference) is not a file Preflight reads (runbooks under "
                            + "runbooks/ or docs/runbooks/, or named *runbook*.md or INCIDENT*.md), so its existence is not known")
        }
        return .fail("the manifest names the runbook \(reference), but there is no such file in the repository",
                     evidence: [Evidence("\(candidates.joined(separator: " or ")) does not exist; commit the runbook or fix the path",
                                         at: named.location)])
    }

    /// The repository paths a relative reference may mean: from the manifest's directory, and
    /// from the scanned root (a leading `/` means the root only).
    private static func candidates(for reference: String, manifest: String) -> [String] {
        let fromRoot = reference.hasPrefix("/") ? String(reference.drop { $0 == "/" }) : reference
        var bases = [String]()
        if !reference.hasPrefix("/"), let slash = ASCIIText.lastIndex(of: "/", in: manifest[...]) { bases.append(String(manifest[..<slash]) + "/") }
        bases.append("")
        var paths: [String] = []
        for base in bases {
            if let path = RepositoryDocumentPath.normalized(base + fromRoot), !paths.contains(path) { paths.append(path) }
        }
        return paths
    }

    /// Where a runbook is, and where it says how to stop the agent.
    private static func evidence(for runbook: Runbook) -> [Evidence] {
        var evidence = [Evidence("incident runbook", at: runbook.location)]
        if let stop = runbook.stopInstructions {
            evidence.append(Evidence("says how to stop the agent ('\(stop.value)')", at: stop.location))
        }
        return evidence
    }
}
