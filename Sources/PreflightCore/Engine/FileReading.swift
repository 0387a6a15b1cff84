#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls.
enum FileReading {
    /// The first `limit` bytes of the file at `path` (all of it when shorter), or nil when it
    /// cannot be read. The limit bounds a file that grew after its size was checked.
    static func bytes(atPath path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        var result: [UInt8] = []
        result.reserveCapacity(min(max(expected, 0) + 1, limit))
        var chunk = [UInt8](repeating: 0, count: min(max(expected + 1, 4_096), 65_536))
        while result.count < limit {
            let wanted = min(chunk.count, limit - result.count)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, wanted) }
            if count < 0 { return nil }
            if count == 0 { break }
            result.append(contentsOf: chunk[0..<count])
        }
        return result
    }

    /// The working directory.
    static func currentDirectory() -> String {
        guard let pointer = getcwd(nil, 0) else { return "." }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
