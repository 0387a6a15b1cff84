/// Reads `SECURITY.md` (any case, at any depth; GitHub shows the one at the root, in `.github/`
/// or in `docs/`) for how to report a vulnerability: an e-mail address, a URL (an advisory
/// form, a bug bounty page), or at least words about reporting or contact. A policy in
/// `.github/` or `docs/` covers the agents of the directory above.
struct SecurityPolicyReader: FormatReader {
    /// Words that show how to report, when the policy gives no address or link.
    static let reportingWords = ["report", "contact", "disclos", "security advisor"]

    let format = FileFormat.securityPolicy
    var syntax: FileSyntax { .text }
    var scope: ReaderScope { .repository }

    func claims(_ file: PathName) -> Bool { file.lowercasedName == "security.md" }

    func coveredDirectory(of path: String) -> String { RepositoryDocumentPath.coveredDirectory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let channel = TextSearch.firstEmailAddress(in: file) ?? TextSearch.firstURL(in: file)
            ?? TextSearch.firstPhrase(SecurityPolicyReader.reportingWords, in: file)
        facts.repositoryEvidence.securityPolicies.append(SecurityPolicy(path: file.path, reportingChannel: channel))
    }
}
