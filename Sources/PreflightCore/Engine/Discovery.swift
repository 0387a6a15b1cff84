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
///
/// The directories are listed first, a level of the tree at a time on every core
/// (``DirectoryListing``); the walk proper then runs over those listings in order on one
/// thread, so that which of two links to one directory is entered, and every diagnostic,
/// is the same whatever the timing. A directory the listings do not hold (one reached only
/// through a symbolic link) is listed when the walk reaches it.
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
    private var visited: Set<DirectoryListing.Identity> = []

    /// Walks `root`, keeping the files `wanted(relativePath)` accepts. `wanted` is called
    /// from several threads at once (directories are listed on every core).
    public init(root: String, wanted: @Sendable (String) -> Bool) throws(ScanError) {
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
        visited.insert(DirectoryListing.Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
        let listings = Discovery.listTree(rootReal, wanted: wanted)
        walk(absolute: rootReal, relative: "", listing: listings[rootReal], listings: listings, wanted: wanted)
        // The walk meets files in order of their path's components, which is their order by
        // path unless a name sorts between a directory's name and that name with a `/` added.
        if !zip(files, files.dropFirst()).allSatisfy({ $0.path < $1.path }) { files.sort { $0.path < $1.path } }
        diagnostics.sort()
    }

    /// Lists every directory under `root` that is reached without following a symbolic
    /// link, by absolute path: a level at a time, each level's directories on every core.
    /// A directory whose identity was listed already is not descended again.
    private static func listTree(_ root: String, wanted: @Sendable (String) -> Bool) -> [String: DirectoryListing] {
        var listings: [String: DirectoryListing] = [:]
        var seen: Set<DirectoryListing.Identity> = []
        var level: [(absolute: String, relative: String)] = [(root, "")]
        while !level.isEmpty {
            let current = level
            let listed = ParallelMap.map(current.count) { index in
                DirectoryListing(absolute: current[index].absolute, relative: current[index].relative, wanted: wanted)
            }
            level = []
            for (directory, listing) in zip(current, listed) {
                listings[directory.absolute] = listing
                guard let identity = listing.identity, seen.insert(identity).inserted else { continue }
                for entry in listing.entries where entry.kind == .directory && !skippedDirectories.contains(entry.name) {
                    level.append((directory.absolute + "/" + entry.name,
                                  directory.relative.isEmpty ? entry.name : directory.relative + "/" + entry.name))
                }
            }
        }
        return listings
    }

    /// Walks one directory from its listing (nil: list it now). `listings` holds the
    /// directories reached without a symbolic link; below a link (`listing` was made for
    /// another path), files are judged on their paths here.
    private mutating func walk(absolute: String, relative: String, listing: DirectoryListing?,
                               listings: [String: DirectoryListing], throughLink: Bool = false,
                               wanted: @Sendable (String) -> Bool) {
        let listing = listing ?? DirectoryListing(absolute: absolute, relative: relative, wanted: wanted)
        if let failure = listing.failure {
            diagnostics.append(InputDiagnostic("directory could not be read: \(failure)",
                                               file: relative.isEmpty ? "." : relative, kind: .error))
            return
        }
        for entry in listing.entries {
            var kind = entry.kind
            // A regular file the listing did not want, or a device, socket or pipe, is passed
            // over before any path is built.
            if kind == .other || kind == .regularFile && entry.size == nil { continue }
            if kind == .directory || kind == .symbolicLink, Discovery.skippedDirectories.contains(entry.name) { continue }
            let childAbsolute = absolute + "/" + entry.name
            let childRelative = relative.isEmpty ? entry.name : relative + "/" + entry.name
            var resolved: String?
            var linkedSize = 0
            if kind == .symbolicLink {
                guard let target = realpath(childAbsolute, nil) else {
                    if wanted(childRelative) {
                        diagnostics.append(InputDiagnostic("broken symbolic link; not read", file: childRelative, kind: .warning))
                    }
                    continue
                }
                let path = String(cString: target)
                free(target)
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                kind = DirectoryListing.kind(ofMode: info.st_mode)
                guard path == rootReal || path.hasPrefix(rootReal + "/") else {
                    // Only a directory, or a file that would have been read, is worth a warning.
                    if kind == .directory || wanted(childRelative) {
                        diagnostics.append(InputDiagnostic(
                            "symbolic link points outside the scanned root; not followed", file: childRelative, kind: .warning))
                    }
                    continue
                }
                resolved = path
                linkedSize = Int(info.st_size)
            }
            if kind == .directory {
                let viaLink = throughLink || resolved != nil
                let childListing = viaLink
                    ? DirectoryListing(absolute: childAbsolute, relative: childRelative, wanted: wanted)
                    : listings[childAbsolute] ?? DirectoryListing(absolute: childAbsolute, relative: childRelative, wanted: wanted)
                if let identity = childListing.identity, !visited.insert(identity).inserted {
                    diagnostics.append(InputDiagnostic(
                        "directory already scanned (a symbolic link loop or a second link); not entered again",
                        file: childRelative, kind: .warning))
                    continue
                }
                walk(absolute: childAbsolute, relative: childRelative, listing: childListing, listings: listings,
                     throughLink: viaLink, wanted: wanted)
            } else if kind == .regularFile {
                if resolved != nil {
                    if wanted(childRelative) {
                        files.append(DiscoveredFile(path: childRelative, absolutePath: childAbsolute, size: linkedSize))
                    }
                } else if let size = entry.size {
                    files.append(DiscoveredFile(path: childRelative, absolutePath: childAbsolute, size: size))
                }
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
