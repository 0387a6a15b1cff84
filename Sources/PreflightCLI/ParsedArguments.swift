/// An option a command accepts.
struct OptionSpec {
    /// Its names: the long one first (`--format`), then short ones (`-f`).
    let names: [String]
    /// Whether it takes a value (`--format json`, `--format=json`).
    let takesValue: Bool
    /// The placeholder for its value in help (`FORMAT`).
    let valueName: String
    /// What it does, for help.
    let help: String

    init(_ names: [String], value: String? = nil, help: String) {
        self.names = names
        takesValue = value != nil
        valueName = value ?? ""
        self.help = help
    }
}

/// A command line mistake, reported with exit code 2.
struct UsageError: Error {
    /// What was wrong, and what to do.
    let message: String
}

/// A command's arguments, split into options and positional words by the command's specs.
struct ParsedArguments {
    /// Option values by long name; flags hold "".
    private(set) var options: [String: String] = [:]
    /// Words that are not options, in order.
    private(set) var positional: [String] = []

    /// Parses `arguments` against `specs`; `--help` and `-h` are always accepted.
    init(_ arguments: [String], specs: [OptionSpec]) throws(UsageError) {
        let all = specs + [OptionSpec(["--help", "-h"], help: "")]
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || !word.hasPrefix("-") || word == "-" {
                positional.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let spec = all.first(where: { $0.names.contains(name) }) else {
                let names = all.flatMap(\.names).filter { $0.hasPrefix("--") }
                throw UsageError(message: "unknown option '\(name)'.\(Suggestion.phrase(for: name, among: names))")
            }
            let key = spec.names[0]
            if spec.takesValue {
                if let inlineValue {
                    options[key] = inlineValue
                } else if index < arguments.count {
                    options[key] = arguments[index]
                    index += 1
                } else {
                    throw UsageError(message: "option '\(name)' needs a value (\(spec.valueName))")
                }
            } else {
                if inlineValue != nil { throw UsageError(message: "option '\(name)' takes no value") }
                options[key] = ""
            }
        }
    }

    /// Whether a flag or option was given.
    func has(_ name: String) -> Bool { options[name] != nil }

    /// An option's value.
    func value(_ name: String) -> String? { options[name] }
}
