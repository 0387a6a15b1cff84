import Foundation

/// Writes a command's result to standard output or to the file named by `-o`.
enum OutputDestination {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ text: String, to path: String?, io: CommandIO) throws(UsageError) {
        guard let path, path != "-" else {
            io.write(text)
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw UsageError(message: "could not write \(path): \(error.localizedDescription)")
        }
    }
}
