import PreflightCore

/// ANSI styling that switches off entirely when colour is not wanted.
public struct TerminalStyle: Sendable {
    /// Whether escapes are written.
    public let colour: Bool

    /// Creates a style; `colour` false writes plain text.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// Bold text.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// Dim text.
    public func dim(_ text: String) -> String { wrap(text, "2") }
    /// Red text.
    public func red(_ text: String) -> String { wrap(text, "31") }
    /// Green text.
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// Yellow text.
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    /// Cyan text.
    public func cyan(_ text: String) -> String { wrap(text, "36") }

    /// Text coloured by severity: critical and high red, medium yellow, low dim.
    public func severity(_ severity: Severity, _ text: String) -> String {
        switch severity {
        case .critical: return bold(red(text))
        case .high: return red(text)
        case .medium: return yellow(text)
        case .low: return dim(text)
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
