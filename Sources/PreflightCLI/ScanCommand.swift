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
        let output = arguments.value("--output")
        let destination = try OutputDestination(path: output, io: context.io)
        // The JSON report never prints a failure's source line, so none is quoted for it.
        let scanner = Scanner(checks: Catalogue.checks, gate: gate, quotesSourceLines: format != "json")
        let summary: ScanSummary
        do {
            if format == "json" {
                summary = try scanJSON(path, scanner: scanner, gate: gate, to: destination)
            } else {
                let colour = output == nil && context.colour(noColourFlag: arguments.has("--no-color"))
                summary = try scanTerminal(path, scanner: scanner, gate: gate, style: TerminalStyle(colour: colour), to: destination)
            }
        } catch {
            destination.abandon()
            context.io.writeError("preflight: \(error.description)\n")
            return ExitCode.usageOrInputError
        }
        try destination.finish()
        return summary.verdict == .notReady ? ExitCode.notReady : ExitCode.ready
    }

    /// Streams a JSON report: each agent's object is rendered on the core that assessed it.
    private static func scanJSON(_ path: String, scanner: Scanner, gate: Gate,
                                 to destination: OutputDestination) throws(ScanError) -> ScanSummary {
        let checks = Catalogue.checks.map { $0.description }
        let writer = JSONReportWriter(rootName: Scanner.rootName(of: path), gate: gate, checks: checks,
                                      catalogueVersion: Catalogue.version, sink: destination.write)
        let renderer = JSONAgentRenderer(checks: checks)
        let summary = try scanner.scan(path: path, render: renderer.render, emit: writer.add)
        writer.finish(summary)
        return summary
    }

    /// Streams the terminal report, agent by agent, the header first.
    private static func scanTerminal(_ path: String, scanner: Scanner, gate: Gate, style: TerminalStyle,
                                     to destination: OutputDestination) throws(ScanError) -> ScanSummary {
        var started = false
        let start = {
            if !started { destination.write(Array(TerminalReport.header(rootName: Scanner.rootName(of: path), style: style).utf8)) }
            started = true
        }
        let summary = try scanner.scan(path: path, render: { Array(TerminalReport.agentSection($0, gate: gate, style: style).utf8) },
                                       emit: { section in
                                           start()
                                           destination.write(section)
                                       })
        start()
        destination.write(Array(TerminalReport.footer(summary, style: style).utf8))
        return summary
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
