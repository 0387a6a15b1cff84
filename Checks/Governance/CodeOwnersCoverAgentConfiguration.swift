import PreflightCore

/// PF-GOV-007: every file that configures the agent has an owner in CODEOWNERS, so no change
/// to what the agent may do merges without its owners' review.
///
/// A file without an owner is reported at its first line (1:1), the place a reviewer opens
/// to see which file is unguarded; when a rule without owners is the reason, that rule is
/// reported too. CODEOWNERS patterns are relative to the repository root, taken to be the
/// scanned root; only the file GitHub uses (`.github/`, then the root, then `docs/`) counts.
struct CodeOwnersCoverAgentConfiguration: Check {
    static let description = CheckDescription(
        id: "PF-GOV-007",
        title: "Code owners review every change to the agent's configuration",
        area: .governance,
        severity: .medium,
        question: "Can anyone widen the agent's tools, permissions or deployment without its owners reviewing the change?",
        rationale: """
            An agent's manifest, MCP configuration, permission settings and deployment files decide what it can \
            do. A one-line change to any of them (a new MCP server, an allow rule, a privileged container) is a \
            change of mandate. CODEOWNERS with branch protection makes the owning team a required reviewer of \
            exactly those files; a file no rule covers, or one a rule without owners exempts, can change unseen.
            """,
        remediation: Remediation(
            "Add CODEOWNERS rules naming the owning team for every configuration file of the agent, and require code-owner review on the default branch.",
            snippet: """
                # .github/CODEOWNERS
                /agents/support-triage/   @acme/support-platform
                **/.claude/               @acme/support-platform @acme/security
                .mcp.json                 @acme/support-platform @acme/security
                """),
        references: ["NIST AI RMF GOVERN 2.1", "ISO/IEC 42001 A.3.2"],
        passingExamples: [
            ExampleProject([
                (".github/CODEOWNERS", """
                    # Changes to agent configuration need the platform team's review.
                    *                 @acme/support-platform
                    /.claude/         @acme/support-platform @acme/security
                    """),
                (".mcp.json", """
                    {"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
                (".claude/settings.json", """
                    {"permissions": {"deny": ["Read(./.env*)"]}}
                    """),
            ]),
            ExampleProject([
                ("CODEOWNERS", """
                    /web/                      @acme/web
                    /agents/invoice-reader/    @acme/finance-engineering
                    """),
                ("agents/invoice-reader/preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    metadata:
                      name: invoice-reader
                      version: 0.9.0
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject([
                (".github/CODEOWNERS", """
                    /src/     @acme/web
                    *.md      @acme/docs
                    """),
                (".mcp.json", """
                    ↓{"mcpServers": {"github": {"type": "http", "url": "https://api.githubcopilot.com/mcp/",
                      "headers": {"Authorization": "Bearer ${GITHUB_TOKEN}"}}}}
                    """),
                (".claude/settings.json", """
                    ↓{"permissions": {"deny": ["Read(./.env*)"]}}
                    """),
            ]),
            ExampleProject([
                ("CODEOWNERS", """
                    *                        @acme/platform
                    # Experiments move fast; nobody needs to review them.
                    ↓/agents/experiments/
                    """),
                ("agents/experiments/.mcp.json", """
                    ↓{"mcpServers": {"fs": {"command": "npx",
                      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.8.21", "./data"]}}}
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let files = agent.configurationFiles
        guard !files.isEmpty else {
            return .notApplicable("no configuration file of the agent could be read")
        }
        guard let codeOwners = agent.repositoryEvidence.codeOwners else {
            return .unknown("no evidence: no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS or docs/CODEOWNERS)")
        }
        let ignored = codeOwners.ignored.isEmpty
            ? "" : " (GitHub ignores \(codeOwners.ignored.joined(separator: " and ")): it reads \(codeOwners.path) first)"
        var owned: [Evidence] = []
        var unowned: [String] = []
        var gaps: [Evidence] = []
        for file in files {
            let start = SourceLocation(path: file, line: 1, column: 1)
            guard let owners = codeOwners.owners(of: file) else {
                unowned.append(file)
                gaps.append(Evidence("no rule in \(codeOwners.path) matches this file; add one naming its owners", at: start))
                continue
            }
            guard !owners.value.isEmpty else {
                unowned.append(file)
                gaps.append(Evidence("a rule without owners leaves this file unowned", at: start))
                gaps.append(Evidence("this rule has no owners, so \(file) needs nobody's review", at: owners.location))
                continue
            }
            owned.append(Evidence("\(file): \(owners.value.joined(separator: " "))", at: owners.location))
        }
        guard unowned.isEmpty else {
            return .fail("\(codeOwners.path) names no owner for \(unowned.count) of the agent's \(files.count) configuration files: "
                         + unowned.joined(separator: ", ") + ignored, evidence: gaps)
        }
        return .pass("every configuration file of the agent has an owner in \(codeOwners.path)\(ignored)", evidence: owned)
    }
}
