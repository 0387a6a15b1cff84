#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file found under the scanned root.
public struct DiscoveredFile: Sendable {
    /// The path relative to the root, `/`-separated.
    public let path: String
    /// The absolute path to read it from.
    public let absolutePath: String
    /// Its size in bytes.
    public let size: Int
}

/// Walks the scanned root: skips dependency and build folders, never follows a symlink
/// out of the root, and never enters a directory twice.
public struct Discovery: Sendable {
    /// Directory names never entered.
    public static let skippedDirectories: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", ".build", "vendor", ".venv", "venv", "__pycache__",
        ".tox", ".mypy_cache", ".pytest_cache", ".gradle", ".terraform", ".next", ".nuxt",
        "bower_components", "Pods", "DerivedData", ".swiftpm", ".cache",
    ]

    /// The files found, sorted by path.
    public private(set) var files: [DiscoveredFile] = []
    /// What could not be walked, and the links not followed.
    public private(set) var diagnostics: [InputDiagnostic] = []

    private let rootReal: String
    private var visited: Set<FileIdentity> = []

    private struct FileIdentity: Hashable {
        let device: UInt64
        let inode: UInt64
    }

    /// Walks `root`, keeping the files `wanted(relativePath)` accepts.
    public init(root: String, wanted: (String) -> Bool) throws(ScanError) {
        guard let real = realpath(root, nil) else { throw ScanError.rootNotFound(root) }
        rootReal = String(cString: real)
        free(real)
        var info = stat()
        guard stat(rootReal, &info) == 0 else { throw ScanError.rootNotFound(root) }
        if (info.st_mode & S_IFMT) != S_IFDIR {
            let name = rootReal.split(separator: "/").last.map(String.init) ?? rootReal
            files = [DiscoveredFile(path: name, absolutePath: rootReal, size: Int(info.st_size))]
            return
        }
        visited.insert(FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        walk(absolute: rootReal, relative: "", wanted: wanted)
        files.sort { $0.path < $1.path }
        diagnostics.sort()
    }

    private mutating func walk(absolute: String, relative: String, wanted: (String) -> Bool) {
        guard let directory = opendir(absolute) else {
            diagnostics.append(InputDiagnostic("directory could not be read: \(String(cString: strerror(errno)))",
                                               file: relative.isEmpty ? "." : relative, kind: .error))
            return
        }
        var entries: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { entries.append(name) }
        }
        closedir(directory)
        entries.sort()
        for name in entries {
            let childAbsolute = absolute + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(childAbsolute, &info) == 0 else { continue }
            var kind = info.st_mode & S_IFMT
            if Discovery.skippedDirectories.contains(name), kind == S_IFDIR || kind == S_IFLNK { continue }
            if kind == S_IFLNK {
                guard let target = realpath(childAbsolute, nil) else {
                    if wanted(childRelative) {
                        diagnostics.append(InputDiagnostic("broken symbolic link; not read", file: childRelative, kind: .warning))
                    }
                    continue
                }
                let resolved = String(cString: target)
                free(target)
                guard stat(resolved, &info) == 0 else { continue }
                kind = info.st_mode & S_IFMT
                guard resolved == rootReal || resolved.hasPrefix(rootReal + "/") else {
                    // Only a directory, or a file that would have been read, is worth a warning.
                    if kind == S_IFDIR || wanted(childRelative) {
                        diagnostics.append(InputDiagnostic(
                            "symbolic link points outside the scanned root; not followed", file: childRelative, kind: .warning))
                    }
                    continue
                }
            }
            if kind == S_IFDIR {
                let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
                guard visited.insert(identity).inserted else {
                    diagnostics.append(InputDiagnostic(
                        "directory already scanned (a symbolic link loop or a second link); not entered again",
                        file: childRelative, kind: .warning))
                    continue
                }
                walk(absolute: childAbsolute, relative: childRelative, wanted: wanted)
            } else if kind == S_IFREG, wanted(childRelative) {
                files.append(DiscoveredFile(path: childRelative, absolutePath: childAbsolute, size: Int(info.st_size)))
            }
        }
    }
}

/// Why a scan could not start.
public enum ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path to scan does not exist or cannot be opened.
    case rootNotFound(String)

    public var description: String {
        switch self {
        case .rootNotFound(let path): return "no such file or directory: \(path)"
        }
    }
}
