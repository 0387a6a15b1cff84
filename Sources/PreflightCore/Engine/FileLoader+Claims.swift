/// What the loader can tell about a file before reading it whole, for planning a scan.
extension FileLoader {
    /// The reader that claims the file at `path` by its name, if any.
    func claimant(of path: String) -> (any FormatReader)? {
        let file = PathName(path)
        return readers.first { $0.claims(file) }
    }

    /// Whether a YAML or JSON file no reader claims by name may, by its content, mark an
    /// agent's root: it must then be read before the agents are laid out.
    func mayMarkAgentRoot(path: String, bytes: [UInt8]) -> Bool {
        readers.contains { $0.mayMarkAgentRoot(path: path, bytes: bytes) }
    }
}
