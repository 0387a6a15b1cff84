import Foundation
import PreflightCore

/// The common shape of a question the manifest answers.
enum ManifestFact {
    /// Values that fill a field without answering it: `none`, `TBD`, `n/a`...
    static let nonAnswers: Set<String> = ["none", "no", "false", "off", "disabled", "n/a", "tbd", "todo"]

    /// Whether `value` (any case, trimmed) only fills the field: see ``nonAnswers``.
    static func isNonAnswer(_ value: String) -> Bool {
        nonAnswers.contains(value.trimmingWhitespace().lowercased())
    }

    /// Unknown when the agent has no manifest; a failure at `section` (or the manifest's
    /// start) when the manifest says nothing; otherwise `judge`'s answer for the fact.
    static func outcome<Value>(
        _ agent: Agent, _ fact: Located<Value>?, section: SourceLocation?, subject: String,
        missing: String, judge: (Located<Value>) -> Outcome
    ) -> Outcome {
        guard let manifest = agent.manifests.first else {
            return .unknown("no evidence: no Preflight manifest declares \(subject)")
        }
        guard let fact else {
            return .fail(missing, evidence: [Evidence("\(subject) belongs here", at: section ?? manifest)])
        }
        return judge(fact)
    }
}
