import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A project directory created under the system's temporary directory for one test, and
/// removed by ``remove()``.
final class TemporaryProject {
    /// The directory's absolute path.
    let root: String

    /// Creates an empty directory with a unique name.
    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("preflight-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = url.path
    }

    /// Creates a directory holding `files` (relative path → text).
    convenience init(_ files: [String: String]) throws {
        try self.init()
        for (relative, text) in files { try write(relative, text) }
    }

    deinit {
        remove()
    }

    /// The absolute path of `relative` inside the project.
    func path(_ relative: String) -> String { root + "/" + relative }

    /// Writes `text` to `relative`, creating the folders above it.
    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `relative`, creating the folders above it.
    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    /// Creates `relative` as a file of `size` bytes that occupies (almost) no disk space, a
    /// hole the file system reads as zeros; nil when the file system cannot make holes.
    func writeSparse(_ relative: String, size: Int) throws -> Int? {
        try write(relative, bytes: [])
        guard truncate(path(relative), off_t(size)) == 0 else { return nil }
        var info = stat()
        guard stat(path(relative), &info) == 0, Int(info.st_size) == size, Int(info.st_blocks) * 512 < 1 << 20 else {
            return nil
        }
        return size
    }

    /// Creates a symbolic link at `relative` pointing at `destination` (as written, not resolved).
    func link(_ relative: String, to destination: String) throws {
        let url = URL(fileURLWithPath: path(relative))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// Deletes the directory and everything in it (links are removed, not followed).
    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
