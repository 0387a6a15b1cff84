import PreflightCore

/// `preflight explain ID`: the question, why it matters, the fix with its snippet, the
/// references, and the example that fails.
public enum CheckExplanation {
    /// Renders one check's explanation.
    public static func text(_ check: CheckDescription, style: TerminalStyle) -> String {
        var out = style.bold("\(check.id)  \(check.title)") + "\n"
        out += style.dim("\(check.area.title) · \(check.severity.rawValue) severity") + "\n\n"
        out += style.bold("Question") + "\n  \(check.question)\n\n"
        out += style.bold("Why it matters") + "\n" + indented(check.rationale) + "\n\n"
        out += style.bold("Fix") + "\n" + indented(check.remediation.summary) + "\n\n"
        out += indented(check.remediation.snippet, by: 4) + "\n"
        if !check.references.isEmpty {
            out += "\n" + style.bold("References") + "\n  " + check.references.joined(separator: " · ") + "\n"
        }
        if let example = check.failingExamples.first {
            out += "\n" + style.bold("Fails on") + style.dim(" (↓ marks where the report points)") + "\n"
            for file in example.files {
                out += "  " + style.cyan(file.path) + "\n" + indented(file.content, by: 4) + "\n"
            }
        }
        if let example = check.passingExamples.first {
            out += "\n" + style.bold("Passes on") + "\n"
            for file in example.files {
                out += "  " + style.cyan(file.path) + "\n" + indented(file.content, by: 4) + "\n"
            }
        }
        return out
    }

    private static func indented(_ text: String, by width: Int = 2) -> String {
        let prefix = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : prefix + $0 }.joined(separator: "\n")
    }
}
