import PreflightChecks
import PreflightCore
import PreflightReports

/// `preflight checks`: lists the catalogue.
enum ChecksCommand: Command {
    static let name = "checks"
    static let summary = "List the catalogue of checks, one line a check."
    static let usage = "checks [--format text|json|markdown] [-o FILE]"
    static let formats = ["text", "json", "markdown"]
    static let options = [
        OptionSpec(["--format", "-f"], value: "FORMAT", help: "text (default), json, or markdown (docs/checks.md)."),
        OptionSpec(["--output", "-o"], value: "FILE", help: "Write to FILE instead of standard output."),
        OptionSpec(["--no-color"], help: "Never write colour (also: NO_COLOR=1)."),
    ]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        guard arguments.positional.isEmpty else {
            throw UsageError(message: "checks takes no arguments; to read one check, run 'preflight explain \(arguments.positional[0])'")
        }
        let descriptions = Catalogue.checks.map { $0.description }
        let format = arguments.value("--format") ?? "text"
        let text: String
        switch format {
        case "text":
            let colour = arguments.value("--output") == nil && context.colour(noColourFlag: arguments.has("--no-color"))
            text = CatalogueListing.text(descriptions, style: TerminalStyle(colour: colour))
        case "json":
            text = CatalogueListing.json(descriptions, catalogueVersion: Catalogue.version)
        case "markdown":
            text = CatalogueDocument.markdown(descriptions, catalogueVersion: Catalogue.version)
        default:
            throw UsageError(message: "unknown format '\(format)' (known: \(formats.joined(separator: ", "))).\(Suggestion.phrase(for: format, among: formats))")
        }
        try OutputDestination.write(text, to: arguments.value("--output"), io: context.io)
        return ExitCode.ready
    }
}
