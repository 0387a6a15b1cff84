import Foundation
import PreflightCore

/// PF-OBS-005: prompts and responses are kept out of telemetry unless they are redacted.
///
/// Capture settings are the manifest's `captureContent`, the GenAI instrumentations'
/// `OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT` and Claude Code's
/// `OTEL_LOG_USER_PROMPTS`; a value taken from a placeholder (`${VAR}`) cannot be judged.
/// A setting that turns content capture on fails wherever it is, exported or not. Otherwise
/// the check passes when tracing is exported (capture is off by default) or capture is
/// explicitly off, and is not applicable when there is no telemetry at all.
struct PromptContentRedacted: Check {
    static let description = CheckDescription(
        id: "PF-OBS-005",
        title: "Prompt and response content stays out of traces unless redacted",
        area: .observability,
        severity: .high,
        question: "Could the agent's traces carry whole prompts, responses and tool arguments to the collector?",
        rationale: """
            With content capture on, every message the agent sends or receives (customer data, \
            retrieved documents, secrets pasted into a chat) is copied into span attributes or \
            events and kept as long as the traces are. The GenAI instrumentations default to \
            NO_CONTENT; turning capture on should come with a redaction step the manifest declares.
            """,
        remediation: Remediation(
            "Leave content capture at NO_CONTENT, or declare captureContent: redacted once a redaction processor runs in the collector.",
            snippet: """
                telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                  captureContent: redacted
                environment:
                  OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: NO_CONTENT
                """),
        references: ["OWASP LLM02", "OWASP LLM07", "NIST AI RMF MEASURE 2.10"],
        passingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_SERVICE_NAME: support-triage
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                  captureContent: redacted
                environment:
                  OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: SPAN_ONLY
                """),
        ],
        failingExamples: [
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                environment:
                  OTEL_EXPORTER_OTLP_ENDPOINT: https://otel.acme-corp.com:4318
                  OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT: ↓SPAN_AND_EVENT
                """),
            ExampleProject("preflight.yaml", """
                apiVersion: preflight/v1
                kind: Agent
                metadata:
                  name: support-triage
                  version: 2.3.1
                telemetry:
                  exporter: otlp
                  endpoint: https://otel.acme-corp.com:4318
                  ↓captureContent: true
                """),
            ExampleProject(".claude/settings.json", """
                {
                  "env": {
                    "CLAUDE_CODE_ENABLE_TELEMETRY": "1",
                    "OTEL_LOGS_EXPORTER": "otlp",
                    "OTEL_EXPORTER_OTLP_ENDPOINT": "https://otel.acme-corp.com:4318",
                    "OTEL_LOG_USER_PROMPTS": ↓"1"
                  }
                }
                """),
        ])

    /// Values of the GenAI capture variable that keep content out.
    private static let noContent: Set<String> = ["NO_CONTENT", "FALSE", "0"]

    func evaluate(_ agent: Agent) -> Outcome {
        let signals = TelemetrySignals(agent)
        let manifestSetting = signals.manifest?.captureContent
        let manifestMode = manifestSetting.map { $0.value.lowercased() }
        let redacted = manifestMode == "redacted"
        var capturing: [Evidence] = []
        var keptOut: [Evidence] = []
        if let manifestSetting, let manifestMode {
            if redacted {
                keptOut.append(Evidence("manifest captureContent redacted", at: manifestSetting.location))
            } else if ["false", "none", "no", "off", "no_content"].contains(manifestMode) {
                keptOut.append(Evidence("manifest captureContent \(manifestSetting.value)", at: manifestSetting.location))
            } else {
                capturing.append(Evidence("manifest captureContent \(manifestSetting.value) with no redaction", at: manifestSetting.location))
            }
        }
        for setting in signals.variables(named: ["OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "OTEL_LOG_USER_PROMPTS"])
        where !setting.value.hasPrefix("$") {
            let value = setting.value.trimmingWhitespace().uppercased()
            let captures = setting.name == "OTEL_LOG_USER_PROMPTS" ? value == "1" || value == "TRUE" : !PromptContentRedacted.noContent.contains(value)
            let note = "\(setting.name)=\(setting.value) in \(setting.origin)"
            if !captures {
                keptOut.append(Evidence(note, at: setting.location))
            } else if redacted {
                keptOut.append(Evidence("\(note), redacted as the manifest declares", at: setting.location))
            } else {
                capturing.append(Evidence("\(note) records message content", at: setting.location))
            }
        }
        if !capturing.isEmpty {
            return .fail("message content is captured into telemetry without declared redaction", evidence: capturing)
        }
        if !keptOut.isEmpty {
            return .pass("message content stays out of telemetry or is redacted", evidence: keptOut)
        }
        guard signals.isExported else {
            return .notApplicable("no telemetry is configured, so no content can reach it (PF-OBS-001 reports it)")
        }
        return .pass("content capture is not turned on, so the GenAI default NO_CONTENT applies",
                     evidence: signals.anchors.map { Evidence("exported without content capture", at: $0) })
    }
}
