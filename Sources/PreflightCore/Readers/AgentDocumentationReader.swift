/// Reads documents about the agent itself (`AGENTS.md`, `AGENT_CARD.md`, `agent-card.md`,
/// `MODEL_CARD.md`, `model-card.md`, any case) for a statement of intended use and of
/// limits. A document covers the agents of its directory (of the directory above, in `docs/`
/// or `.github/`).
struct AgentDocumentationReader: FormatReader {
    /// The file names read, lowercased.
    static let names: Set<String> = ["agents.md", "agent_card.md", "agent-card.md", "model_card.md", "model-card.md"]
    /// Words that introduce the agent's intended use.
    static let useWords = ["intended use", "intended purpose", "purpose", "use case", "designed to"]
    /// Words that state a limit on what the agent may do.
    static let limitWords = [
        "limitation", "limits", "out of scope", "out-of-scope", "must not", "must never", "never", "do not", "don't",
        "not intended", "prohibited", "not allowed",
    ]

    let format = FileFormat.agentDocumentation
    var syntax: FileSyntax { .text }
    var scope: ReaderScope { .repository }

    func claims(_ file: PathName) -> Bool { AgentDocumentationReader.names.contains(file.lowercasedName) }

    func coveredDirectory(of path: String) -> String { RepositoryDocumentPath.coveredDirectory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        facts.repositoryEvidence.agentDocuments.append(AgentDocument(
            path: file.path,
            intendedUse: TextSearch.firstPhrase(AgentDocumentationReader.useWords, in: file),
            limits: TextSearch.firstPhrase(AgentDocumentationReader.limitWords, in: file)))
    }
}
