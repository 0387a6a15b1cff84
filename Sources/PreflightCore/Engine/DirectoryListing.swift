#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One directory's entries as ``Discovery`` reads them: each entry's name and kind from the
/// directory itself, with a `stat` only where the directory does not tell the kind, and the
/// size of each regular file the walk wants.
struct DirectoryListing: Sendable {
    /// What a directory entry is, as far as the walk cares.
    enum Kind: Sendable {
        case directory, regularFile, symbolicLink, other
    }

    /// One entry of the directory.
    struct Entry: Sendable {
        /// Its name in the directory.
        let name: String
        /// Its kind, not following a symbolic link.
        let kind: Kind
        /// For a regular file the walk wants (judged on the path the listing was made for):
        /// its size; nil for any other entry.
        let size: Int?
    }

    /// A directory's device and inode, which tell a directory reached twice.
    struct Identity: Hashable, Sendable {
        /// The device the directory is on (`st_dev`).
        let device: UInt64
        /// Its inode on that device (`st_ino`).
        let inode: UInt64
    }

    /// The directory's identity; nil when it could not even be `stat`ed.
    let identity: Identity?
    /// Why it could not be opened or read (`strerror`), or nil.
    let failure: String?
    /// Its entries other than `.` and `..`, sorted by name.
    let entries: [Entry]

    /// Lists the directory at `absolute` (following a symbolic link to it), whose path
    /// relative to the scanned root is `relative` (empty for the root); `wanted` judges each
    /// regular file's relative path, and only wanted files are measured.
    init(absolute: String, relative: String, wanted: (String) -> Bool) {
        let descriptor = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        var info = stat()
        guard descriptor >= 0 else {
            let failure = String(cString: strerror(errno))
            // A directory that cannot be opened still has an identity, so that a second link
            // to it is told apart from a second unreadable directory.
            let identity = stat(absolute, &info) == 0 ? Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino)) : nil
            self.init(identity: identity, failure: failure, entries: [])
            return
        }
        guard fstat(descriptor, &info) == 0, let directory = fdopendir(descriptor) else {
            let failure = String(cString: strerror(errno))
            close(descriptor)
            self.init(identity: nil, failure: failure, entries: [])
            return
        }
        defer { closedir(directory) }
        let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            if name == "." || name == ".." { continue }
            var kind = DirectoryListing.kind(ofType: entry.pointee.d_type)
            var size: Int?
            var known = false
            if kind == nil {
                guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                kind = DirectoryListing.kind(ofMode: info.st_mode)
                known = true
            }
            if kind == .regularFile {
                if wanted(relative.isEmpty ? name : relative + "/" + name) {
                    if !known {
                        guard fstatat(dirfd(directory), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                        kind = DirectoryListing.kind(ofMode: info.st_mode)
                    }
                    size = Int(info.st_size)
                }
            }
            entries.append(Entry(name: name, kind: kind ?? .other, size: kind == .regularFile ? size : nil))
        }
        entries.sort { $0.name < $1.name }
        self.init(identity: identity, failure: nil, entries: entries)
    }

    private init(identity: Identity?, failure: String?, entries: [Entry]) {
        self.identity = identity
        self.failure = failure
        self.entries = entries
    }

    /// The kind a directory entry's type gives, or nil when it does not say (`DT_UNKNOWN`).
    private static func kind(ofType type: UInt8) -> Kind? {
        switch Int32(type) {
        case Int32(DT_DIR): return .directory
        case Int32(DT_REG): return .regularFile
        case Int32(DT_LNK): return .symbolicLink
        case Int32(DT_UNKNOWN): return nil
        default: return .other
        }
    }

    /// The kind a `stat` mode gives.
    static func kind(ofMode mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .regularFile
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }
}
