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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        let expected = fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
        // Read straight into the result, sized one byte past the expected size so that a file
        // that grew is noticed; only such a file is read on in chunks.
        let first = min(max(expected, 0) + 1, limit)
        var failed = false
        var result = [UInt8](unsafeUninitializedCapacity: first) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < buffer.count {
                let got = read(descriptor, base + count, buffer.count - count)
                if got < 0 { failed = true }
                if got <= 0 { return }
                count += got
            }
        }
        if failed { return nil }
        guard result.count == first, first < limit else { return result }
        var chunk = [UInt8](repeating: 0, count: 65_536)
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
