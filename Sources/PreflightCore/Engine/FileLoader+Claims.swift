/// What the loader can tell about a file before reading it whole, for planning a scan.
extension FileLoader {
    /// The reader that claims the file at `path` by its name, if any.
    func claimant(of path: String) -> (any FormatReader)? {
        let file = PathName(path)
        return readers.first { $0.claims(file) }
    }

    /// Whether a YAML or JSON file no reader claims by name marks an agent's root by its
    /// content, as far as its bytes tell: yes (and which root), no, or unknown until parsed.
    func rootMarking(path: String, bytes: [UInt8]) -> (marking: RootMarking, root: String?) {
        var unknown = false
        for reader in readers {
            switch reader.rootMarking(path: path, bytes: bytes) {
            case .yes: return (.yes, reader.agentRoot(of: path))
            case .unknown: unknown = true
            case .no: break
            }
        }
        return (unknown ? .unknown : .no, nil)
    }
}
