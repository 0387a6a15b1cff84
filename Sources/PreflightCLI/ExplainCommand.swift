import PreflightChecks
import PreflightCore
import PreflightReports

/// `preflight explain ID`: one check in full.
enum ExplainCommand: Command {
    static let name = "explain"
    static let summary = "Explain one check: its question, why it matters, the fix, references and examples."
    static let usage = "explain CHECK-ID"
    static let options = [OptionSpec(["--no-color"], help: "Never write colour (also: NO_COLOR=1).")]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        guard arguments.positional.count == 1, let id = arguments.positional.first else {
            throw UsageError(message: "explain takes one check ID, such as PF-ID-001 (see 'preflight checks')")
        }
        guard let check = Catalogue.check(id: id) else {
            let ids = Catalogue.checks.map { $0.description.id }
            throw UsageError(message: "no check '\(id)'.\(Suggestion.phrase(for: id, among: ids)) Run 'preflight checks' for the list.")
        }
        let style = TerminalStyle(colour: context.colour(noColourFlag: arguments.has("--no-color")))
        context.io.write(CheckExplanation.text(check.description, style: style))
        return ExitCode.ready
    }
}
