/// Reads `.gitignore` files: one ``IgnoreFile`` holding the patterns, each located at the
/// start of its line, relative to the file's directory. A `.gitignore` covers every agent
/// at or below its directory and never makes an agent of its own; ``IgnoreRules`` decides
/// from these files whether a path is ignored.
struct GitignoreReader: FormatReader {
    let format = FileFormat.gitignore
    let syntax = FileSyntax.text
    let scope = ReaderScope.repository

    func claims(_ file: PathName) -> Bool { file.name == ".gitignore" }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        var ignoreFile = IgnoreFile(location: SourceLocation(path: file.path, line: 1, column: 1),
                                    directory: ProjectPath.directory(of: file.path))
        for (index, line) in file.lines.enumerated() {
            guard let pattern = IgnoreRules.pattern(fromLine: line) else { continue }
            ignoreFile.patterns.append(Located(pattern, at: SourceLocation(path: file.path, line: index + 1, column: 1)))
        }
        facts.ignoreFiles.append(ignoreFile)
    }
}
