import PreflightCore

/// PF-PERM-009: every tool that destroys, moves money or runs code waits for a person's
/// approval.
///
/// Unknown without a manifest (nothing declares the tools' effects); not applicable when
/// the manifest declares no such tool.
struct HighImpactToolsNeedApproval: Check {
    static let description = CheckDescription(
        id: "PF-PERM-009",
        title: "High-impact tools need a person's approval",
        area: .permissions,
        severity: .critical,
        question: "Does a person approve each call to a tool that deletes data, moves money or executes code?",
        rationale: """
            These are the calls that cannot be taken back. A goal hijacked by injected content, or a \
            model that misreads a request, turns them into deleted records, wrong payments or code run \
            with the agent's credentials. Requiring approval for them keeps a human decision between \
            the model's plan and the irreversible act.
            """,
        remediation: Remediation(
            "Set approval: required on every tool whose effects include destructive, moves_money or executes_code.",
            snippet: """
                tools:
                  - name: issue_refund
                    server: payments
                    effects: [moves_money]
                    approval: required
                """),
        references: ["OWASP ASI02", "OWASP ASI09", "OWASP LLM06", "EU AI Act Art. 14", "NIST AI RMF MAP 3.5"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: billing-assistant
                  version: 1.2.0
                tools:
                  - name: lookup_invoice
                    server: billing
                    effects: [reads_data]
                  - name: issue_refund
                    server: payments
                    effects: [moves_money, writes]
                    approval: required
                  - name: close_account
                    server: billing
                    effects: [destructive]
                    approval: required
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: billing-assistant
                  version: 1.2.0
                tools:
                  - name: lookup_invoice
                    effects: [reads_data]
                  - ↓name: issue_refund
                    server: payments
                    effects: [moves_money]
                    approval: none
                  - ↓name: run_report_script
                    effects: [executes_code]
                  - name: close_account
                    effects: [destructive]
                    approval: required
                """),
        ])

    /// The effects that make a tool high-impact.
    static let highImpact: [ToolEffect] = [.destructive, .movesMoney, .executesCode]

    func evaluate(_ agent: Agent) -> Outcome {
        guard agent.hasManifest else {
            return .unknown("no evidence: no Preflight manifest declares the agent's tools and their effects")
        }
        let tools = agent.tools.filter { tool in HighImpactToolsNeedApproval.highImpact.contains(where: tool.has) }
        guard !tools.isEmpty else {
            return .notApplicable("the manifest declares no tool that is destructive, moves money or executes code")
        }
        let unapproved = tools.filter { !$0.requiresApproval }
        guard unapproved.isEmpty else {
            return .fail("\(unapproved.count) high-impact tool(s) run without a person's approval: \(unapproved.map(\.name).joined(separator: ", "))",
                         evidence: unapproved.map { tool in
                             Evidence("\(tool.name) (\(HighImpactToolsNeedApproval.effects(of: tool))) has approval \(tool.approval?.value ?? "unset")",
                                      at: tool.location)
                         })
        }
        return .pass("every high-impact tool requires approval: \(tools.map(\.name).joined(separator: ", "))",
                     evidence: tools.map { Evidence("\($0.name) approval \($0.approval?.value ?? "")", at: $0.approval?.location ?? $0.location) })
    }

    /// The high-impact effects `tool` declares, for messages.
    static func effects(of tool: ToolDeclaration) -> String {
        highImpact.filter(tool.has).map(\.rawValue).joined(separator: ", ")
    }
}
