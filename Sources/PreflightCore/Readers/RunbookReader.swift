/// Reads incident runbooks (see ``Runbook`` for the file names) for whether they say how to
/// stop the agent. A runbook under `runbooks/` or `docs/runbooks/` covers the agents of the
/// directory above those folders; one elsewhere covers the agents of its own directory.
struct RunbookReader: FormatReader {
    /// Words that show the runbook says how to stop or undo what the agent does.
    static let stopWords = [
        "kill switch", "kill-switch", "killswitch", "disable", "stop", "roll back", "rollback", "roll-back", "revoke",
        "shut down", "shutdown", "turn off", "pause",
    ]

    let format = FileFormat.incidentRunbook
    var syntax: FileSyntax { .text }
    var scope: ReaderScope { .repository }

    /// Every runbook is a prose document, so the cheap test of the name's extension comes
    /// before ``Runbook/isRunbookPath(_:)`` splits the directory.
    func claims(_ file: PathName) -> Bool {
        RepositoryDocumentPath.isProse(file.lowercasedName) && Runbook.isRunbookPath(file.path)
    }

    func coveredDirectory(of path: String) -> String { RepositoryDocumentPath.coveredDirectory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let stop = TextSearch.firstPhrase(RunbookReader.stopWords, in: file)
        facts.repositoryEvidence.runbooks.append(Runbook(path: file.path, stopInstructions: stop))
    }
}
