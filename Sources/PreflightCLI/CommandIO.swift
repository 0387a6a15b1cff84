#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a command writes, and what it knows of its terminal. Tests pass a
/// ``CapturedIO`` to run commands in-process.
public protocol CommandIO: AnyObject {
    /// Writes to standard output.
    func write(_ text: String)
    /// Writes to standard error.
    func writeError(_ text: String)
    /// Whether standard output is a terminal (colour is only ever written to one).
    var outputIsTerminal: Bool { get }
}

/// The process's own standard output and error.
public final class StandardIO: CommandIO {
    /// Creates the standard streams.
    public init() {}

    public func write(_ text: String) {
        StandardIO.writeAll(text, to: STDOUT_FILENO)
    }

    public func writeError(_ text: String) {
        StandardIO.writeAll(text, to: STDERR_FILENO)
    }

    /// Writes every byte of `text` to a file descriptor, retrying short writes.
    private static func writeAll(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    public var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
}

/// Output kept in memory, for tests.
public final class CapturedIO: CommandIO {
    /// Everything written to standard output.
    public private(set) var output = ""
    /// Everything written to standard error.
    public private(set) var error = ""
    /// What ``outputIsTerminal`` answers.
    public let outputIsTerminal: Bool

    /// Creates a capture; `terminal` pretends standard output is a terminal.
    public init(terminal: Bool = false) {
        outputIsTerminal = terminal
    }

    public func write(_ text: String) { output += text }
    public func writeError(_ text: String) { error += text }
}
