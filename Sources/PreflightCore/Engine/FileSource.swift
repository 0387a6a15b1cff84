/// The files a scan reads: found on disk by ``Discovery``, or given in memory by tests.
struct FileSource: Sendable {
    /// Paths relative to the scanned root, `/`-separated, sorted.
    let paths: [String]
    /// Each file's size in bytes, known before it is read.
    let sizes: [Int]
    /// Reads file `index` whole, up to `limit` bytes; nil when it cannot be read.
    let read: @Sendable (_ index: Int, _ limit: Int) -> [UInt8]?

    /// The files Discovery found.
    init(_ files: [DiscoveredFile]) {
        paths = files.map(\.path)
        sizes = files.map(\.size)
        read = { index, limit in FileReading.bytes(atPath: files[index].absolutePath, limit: limit) }
    }

    /// Files given as text, sorted here by path.
    init(_ files: [(path: String, content: String)]) {
        let sorted = files.sorted { $0.path < $1.path }
        let contents = sorted.map { Array($0.content.utf8) }
        paths = sorted.map(\.path)
        sizes = contents.map(\.count)
        read = { index, limit in Array(contents[index].prefix(limit)) }
    }
}
