/// What a file's raw bytes tell, before any parsing, about whether the file marks an
/// agent's root by its content (see ``FormatReader/rootMarking(path:bytes:)``).
enum RootMarking: Sendable, Equatable {
    /// It does not: the bytes rule it out.
    case no
    /// It does, whatever the rest of the file holds: its reader's ``FormatReader/agentRoot(of:)``
    /// is a root even if the file later fails to parse, as a file claimed by its name is.
    case yes
    /// Only parsing the file can tell.
    case unknown
}
