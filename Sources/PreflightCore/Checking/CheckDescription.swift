/// How to fix a gap: what to do, and a snippet showing it done.
public struct Remediation: Sendable {
    /// What to do, in a sentence or two.
    public let summary: String
    /// A concrete configuration snippet.
    public let snippet: String

    /// Creates a remediation.
    public init(_ summary: String, snippet: String) {
        self.summary = summary
        self.snippet = snippet
    }
}

/// Everything a check says about itself: the source of `preflight checks`,
/// `preflight explain` and `docs/checks.md`. A class, so the many results that name a
/// check share one description instead of copying it.
public final class CheckDescription: Sendable {
    /// The stable ID, such as `PF-ID-001`.
    public let id: String
    /// A short title stating the good state ("Agent declares a name and version").
    public let title: String
    /// The area the check belongs to.
    public let area: Area
    /// How much a gap matters.
    public let severity: Severity
    /// The question the check answers.
    public let question: String
    /// Why it matters.
    public let rationale: String
    /// How to fix it.
    public let remediation: Remediation
    /// Standard items it serves (`OWASP ASI03`, `NIST AI RMF GOVERN 1.6`, `EU AI Act Art. 12`).
    public let references: [String]
    /// Projects on which the check passes.
    public let passingExamples: [ExampleProject]
    /// Projects on which the check fails, with `↓` where it must point.
    public let failingExamples: [ExampleProject]

    /// Creates a description.
    public init(
        id: String, title: String, area: Area, severity: Severity, question: String, rationale: String,
        remediation: Remediation, references: [String], passingExamples: [ExampleProject], failingExamples: [ExampleProject]
    ) {
        self.id = id
        self.title = title
        self.area = area
        self.severity = severity
        self.question = question
        self.rationale = rationale
        self.remediation = remediation
        self.references = references
        self.passingExamples = passingExamples
        self.failingExamples = failingExamples
    }
}
