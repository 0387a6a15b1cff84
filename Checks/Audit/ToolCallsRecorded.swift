import PreflightCore

/// PF-AUD-005: every tool call the agent makes is recorded, either by a tool-call hook that
/// matches every tool (Claude Code `PreToolUse`/`PostToolUse`) or by the manifest's audit
/// sink with a `tool` field in each record.
struct ToolCallsRecorded: Check {
    /// The hook events that run on tool calls.
    static let toolCallEvents: Set<String> = ["PreToolUse", "PostToolUse"]

    /// Audit field names that record the tool a call used.
    static let toolFieldNames = ["tool", "tool_name", "tool_call"]

    static let description = CheckDescription(
        id: "PF-AUD-005",
        title: "Every tool call is recorded",
        area: .audit,
        severity: .high,
        question: "Is there a record of each tool the agent called, not only of some of them?",
        rationale: """
            Tool calls are where an agent acts on the world: they run commands, edit files, send messages and \
            move money. A trail that records only some tools (say Bash, but not the MCP servers) leaves the other \
            actions untraceable, and those are the ones an incident review will ask about. A hook on every tool \
            call, or an audit sink whose records name the tool, closes the gap.
            """,
        remediation: Remediation(
            "Record every tool call: a PreToolUse or PostToolUse hook with matcher \"*\" in .claude/settings.json, or an audit sink whose records include the tool.",
            snippet: """
                {
                  "hooks": {
                    "PostToolUse": [
                      { "matcher": "*",
                        "hooks": [{ "type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/audit-log.sh" }] }
                    ]
                  }
                }
                """),
        references: ["OWASP Agentic T8", "OWASP ASI02", "EU AI Act Art. 12", "ISO/IEC 42001 A.6.2.8"],
        passingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "permissions": {
                    "allow": ["Bash(npm run test:*)", "mcp__github__get_*"],
                    "defaultMode": "default"
                  },
                  "hooks": {
                    "PostToolUse": [
                      {
                        "matcher": "*",
                        "hooks": [
                          { "type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/audit-log.sh" }
                        ]
                      }
                    ]
                  }
                }
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  fields: [timestamp, agent, version, tool, decision, approver]
                """),
        ],
        failingExamples: [
            ExampleProject(".claude/settings.json", """
                {
                  "hooks": {
                    "PreToolUse": [
                      {
                        "matcher": "Bash|Edit",
                        "hooks": [
                          ↓{ "type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/log-command.sh" }
                        ]
                      }
                    ]
                  }
                }
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                audit:
                  sink: s3://acme-agent-audit/support-triage/
                  ↓fields: [timestamp, agent, version, decision]
                """),
            ExampleProject([
                ("preflight.yaml", """
                    apiVersion: preflight/v1
                    kind: Agent
                    ↓metadata:
                      name: release-notes
                      version: 1.0.0
                    """),
                (".claude/settings.json", """
                    {
                      "hooks": {
                        "PostToolUse": [
                          {
                            "matcher": "mcp__github__.*",
                            "hooks": [↓{ "type": "command", "command": "./scripts/record-github-call.sh" }]
                          }
                        ]
                      }
                    }
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let toolCallHooks = agent.hooks.filter { ToolCallsRecorded.toolCallEvents.contains($0.event) }
        let everyTool = toolCallHooks.filter(\.matchesEveryTool)
        if !everyTool.isEmpty {
            return .pass("a tool-call hook runs on every tool call",
                         evidence: everyTool.map { Evidence("\($0.event) hook on every tool: \($0.command)", at: $0.location) })
        }
        let audit = agent.audit
        let recordsTool = audit.map { audit in audit.records(anyOf: ToolCallsRecorded.toolFieldNames) } ?? false
        if let sink = audit?.sink, recordsTool, let fields = audit?.fieldsLocation {
            return .pass("each tool call is recorded to \(sink.value) with the tool it used",
                         evidence: [Evidence("sink: \(sink.value)", at: sink.location),
                                    Evidence("fields include the tool", at: fields)])
        }
        var gaps = toolCallHooks.map { Evidence("\($0.event) hook records only tools matching '\($0.matcher)'", at: $0.location) }
        if let manifest = agent.manifests.first {
            if let audit, recordsTool {
                gaps.append(Evidence("the audit section names no sink for its records", at: audit.location))
            } else {
                let place = audit?.fieldsLocation ?? audit?.location ?? agent.identity?.location ?? manifest
                gaps.append(Evidence("audit records do not include the tool called", at: place))
            }
        }
        guard !gaps.isEmpty else {
            return .unknown("no evidence: no tool-call hook and no Preflight manifest audit section records the agent's tool calls")
        }
        return .fail("no hook or audit sink records every tool call the agent makes", evidence: gaps)
    }
}
