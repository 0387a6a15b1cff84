import Foundation
import PreflightCore

/// Runs `preflight` with `arguments` (without the program name) and returns the exit
/// code. `main.swift` only calls this; tests call it in-process with a ``CapturedIO``.
public func run(_ arguments: [String], io: CommandIO = StandardIO(),
                environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
    let commands: [any Command.Type] = [ScanCommand.self, ChecksCommand.self, ExplainCommand.self]
    let context = CommandContext(io: io, environment: environment)
    guard let first = arguments.first else {
        io.write(topLevelHelp(commands))
        return ExitCode.ready
    }
    switch first {
    case "--version", "-V", "version":
        io.write("\(PreflightTool.name) \(PreflightTool.version)\n")
        return ExitCode.ready
    case "--help", "-h":
        io.write(topLevelHelp(commands))
        return ExitCode.ready
    case "help":
        if let name = arguments.dropFirst().first, let command = commands.first(where: { $0.name == name }) {
            io.write(command.help)
        } else {
            io.write(topLevelHelp(commands))
        }
        return ExitCode.ready
    default:
        break
    }
    guard let command = commands.first(where: { $0.name == first }) else {
        let names = commands.map { $0.name } + ["help"]
        let what = first.hasPrefix("-") ? "option" : "command"
        let candidates = first.hasPrefix("-") ? ["--help", "--version"] : names
        io.writeError("preflight: unknown \(what) '\(first)'.\(Suggestion.phrase(for: first, among: candidates)) Run 'preflight --help'.\n")
        return ExitCode.usageOrInputError
    }
    do {
        let parsed = try ParsedArguments(Array(arguments.dropFirst()), specs: command.options)
        if parsed.has("--help") {
            io.write(command.help)
            return ExitCode.ready
        }
        return try command.run(parsed, context: context)
    } catch {
        io.writeError("preflight \(command.name): \(error.message)\nRun 'preflight \(command.name) --help' for usage.\n")
        return ExitCode.usageOrInputError
    }
}

/// The text of `preflight --help`.
private func topLevelHelp(_ commands: [any Command.Type]) -> String {
    var text = """
        Preflight \(PreflightTool.version): is this AI agent ready for production?

        Reads an agent project as it is (Preflight manifest, MCP configurations, coding-agent
        settings, Compose, Kubernetes), runs the check catalogue over identity, permissions,
        isolation, observability, audit, governance and supply chain, and reports each gap
        at its file, line and column with the fix. Works offline; never runs what it reads.

        Usage: preflight <command> [options]

        Commands:

        """
    for command in commands {
        text += "  " + command.name + String(repeating: " ", count: 10 - command.name.count) + command.summary + "\n"
    }
    text += """

        Options:
          -h, --help      Show help (also: preflight <command> --help).
          -V, --version   Show the version.

        Exit codes: 0 ready (or nothing to assess), 1 not ready, 2 usage or input error.

        """
    return text
}
