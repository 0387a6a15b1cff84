import Foundation
import XCTest

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
