/// One subcommand of `preflight`.
protocol Command {
    /// Its name on the command line.
    static var name: String { get }
    /// One line saying what it does.
    static var summary: String { get }
    /// Its usage line after `preflight`.
    static var usage: String { get }
    /// Its options.
    static var options: [OptionSpec] { get }

    /// Runs it with parsed arguments.
    static func run(_ arguments: ParsedArguments, context: CommandContext) throws(UsageError) -> Int32
}

extension Command {
    /// The command's `--help` text.
    static var help: String {
        var text = "\(summary)\n\nUsage: preflight \(usage)\n"
        if !options.isEmpty {
            text += "\nOptions:\n"
            for option in options {
                let names = option.names.joined(separator: ", ") + (option.takesValue ? " \(option.valueName)" : "")
                text += "  " + names + String(repeating: " ", count: max(2, 26 - names.count)) + option.help + "\n"
            }
        }
        text += "  -h, --help" + String(repeating: " ", count: 16) + "Show this help.\n"
        return text
    }
}

/// What a command may use besides its arguments.
struct CommandContext {
    /// Where it writes.
    let io: CommandIO
    /// The process environment (for NO_COLOR).
    let environment: [String: String]

    /// Whether to write colour to standard output: only to a terminal, never with
    /// NO_COLOR set to a non-empty value or `--no-color`.
    func colour(noColourFlag: Bool) -> Bool {
        guard io.outputIsTerminal, !noColourFlag else { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }
}
