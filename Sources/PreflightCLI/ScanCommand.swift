import PreflightChecks
import PreflightCore
import PreflightReports

/// `preflight scan [PATH]`: scans a project and reports its readiness.
enum ScanCommand: Command {
    static let name = "scan"
    static let summary = "Scan an agent project and report, agent by agent, whether it is ready for production."
    static let usage = "scan [PATH] [--format terminal|json] [-o FILE] [--fail-on SEVERITY] [--fail-under SCORE]"
    static let formats = ["terminal", "json"]
    static let options = [
        OptionSpec(["--format", "-f"], value: "FORMAT", help: "terminal (default) or json."),
        OptionSpec(["--output", "-o"], value: "FILE", help: "Write the report to FILE instead of standard output."),
        OptionSpec(["--fail-on"], value: "SEVERITY",
                   help: "Gaps at this severity or above block: critical, high (default), medium, low, none."),
        OptionSpec(["--fail-under"], value: "SCORE", help: "A score under SCORE (0-100) blocks. Not applied when nothing applies."),
        OptionSpec(["--no-color"], help: "Never write colour (also: NO_COLOR=1)."),
    ]

    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32 {
        guard arguments.positional.count <= 1 else {
            throw UsageError(message: "scan takes one path; got \(arguments.positional.count): \(arguments.positional.joined(separator: " "))")
        }
        let path = arguments.positional.first ?? "."
        let format = arguments.value("--format") ?? "terminal"
        guard formats.contains(format) else {
            throw UsageError(message: "unknown format '\(format)' (known: \(formats.joined(separator: ", "))).\(Suggestion.phrase(for: format, among: formats))")
        }
        let gate = try self.gate(arguments)
        let report: ScanReport
        do {
            report = try Scanner(checks: Catalogue.checks, gate: gate).scan(path: path)
        } catch {
            context.io.writeError("preflight: \(error.description)\n")
            return ExitCode.usageOrInputError
        }
        let output = arguments.value("--output")
        switch format {
        case "json":
            let destination = try OutputDestination(path: output, io: context.io)
            JSONReport.write(report, catalogueVersion: Catalogue.version, to: destination.write)
            try destination.finish()
        default:
            let colour = output == nil && context.colour(noColourFlag: arguments.has("--no-color"))
            let text = TerminalReport.render(report, style: TerminalStyle(colour: colour))
            try OutputDestination.write(text, to: output, io: context.io)
        }
        return report.verdict == .notReady ? ExitCode.notReady : ExitCode.ready
    }

    private static func gate(_ arguments: ParsedArguments) throws(UsageError) -> Gate {
        var gate = Gate.standard
        if let value = arguments.value("--fail-on") {
            if value == "none" {
                gate.failOn = nil
            } else if let severity = Severity(rawValue: value.lowercased()) {
                gate.failOn = severity
            } else {
                let names = Severity.allCases.map(\.rawValue) + ["none"]
                throw UsageError(message: "unknown severity '\(value)' (known: \(names.joined(separator: ", "))).\(Suggestion.phrase(for: value, among: names))")
            }
        }
        if let value = arguments.value("--fail-under") {
            guard let score = Int(value), (0...100).contains(score) else {
                throw UsageError(message: "--fail-under takes a whole number from 0 to 100, not '\(value)'")
            }
            gate.failUnder = score
        }
        return gate
    }
}
