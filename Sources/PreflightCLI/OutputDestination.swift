import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where a command's result goes: standard output, or the file named by `-o`, written
/// to a temporary file beside it and renamed into place when complete, so a reader never
/// sees half a report.
final class OutputDestination {
    private let path: String?
    private let io: CommandIO
    private var handle: FileHandle?
    private var temporaryPath: String?
    /// The first write that failed (a full disk), reported by ``finish()``.
    private var failure: String?

    /// Opens the destination: `path`, or standard output when `path` is nil or `-`.
    init(path: String?, io: CommandIO) throws(UsageError) {
        self.io = io
        guard let path, path != "-" else {
            self.path = nil
            return
        }
        self.path = path
        let temporary = path + ".preflight-\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw UsageError(message: "could not write \(path): cannot create a file there")
        }
        self.handle = handle
        temporaryPath = temporary
    }

    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    static func write(_ text: String, to path: String?, io: CommandIO) throws(UsageError) {
        let destination = try OutputDestination(path: path, io: io)
        destination.write(Array(text.utf8))
        try destination.finish()
    }

    /// Appends bytes. A failed write (a full disk) stops the writing; ``finish()`` reports it.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Appends bytes, as the array form of `write` does.
    func write(_ bytes: UnsafeRawBufferPointer) {
        if let handle {
            guard failure == nil else { return }
            do {
                try handle.write(contentsOf: bytes)
            } catch {
                failure = "\(error.localizedDescription)"
            }
        } else {
            io.write(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Gives up: removes the temporary file, leaving any file already at `path` as it was.
    func abandon() {
        guard let handle, let temporaryPath else { return }
        handle.closeFile()
        self.handle = nil
        unlink(temporaryPath)
    }

    /// Completes the file: closes it and renames it into place.
    func finish() throws(UsageError) {
        guard let handle, let temporaryPath, let path else { return }
        handle.closeFile()
        self.handle = nil
        if let failure {
            unlink(temporaryPath)
            throw UsageError(message: "could not write \(path): \(failure)")
        }
        guard rename(temporaryPath, path) == 0 else {
            unlink(temporaryPath)
            throw UsageError(message: "could not write \(path): \(String(cString: strerror(errno)))")
        }
    }
}
