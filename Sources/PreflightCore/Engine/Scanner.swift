/// Runs a scan: finds the files, reads each once, builds the agents, runs every check over
/// each agent, and scores the results, a window of agents at a time on every core (see
/// ``ScanPipeline``). It never prints.
public struct Scanner: Sendable {
    private let checks: [any Check.Type]
    private let gate: Gate
    private let quotesSourceLines: Bool
    private let loader = FileLoader(readers: ReaderRegistry.readers, limits: .standard)

    /// Creates a scanner running `checks` under `gate`. With `quotesSourceLines` false, a
    /// failure's evidence carries no quoted line (``QuotedEvidence/sourceLine`` is nil): for
    /// reports that never print one, such as the JSON report, which saves finding and masking
    /// the lines.
    public init(checks: [any Check.Type], gate: Gate = .standard, quotesSourceLines: Bool = true) {
        self.checks = checks
        self.gate = gate
        self.quotesSourceLines = quotesSourceLines
    }

    /// Scans the directory (or single file) at `path`, handing each agent's assessment to
    /// `render` (on any core) and what it returns to `emit` (on the calling thread, in agent
    /// path order). Only a window of agents is held at a time; the summary comes last.
    public func scan<Rendered: Sendable>(path: String, render: @escaping @Sendable (AgentReport) -> Rendered,
                                         emit: (Rendered) -> Void) throws(ScanError) -> ScanSummary {
        let discovery = try Discovery(root: path, wanted: loader.isCandidate)
        return run(FileSource(discovery.files), rootName: Scanner.rootName(of: path), extraDiagnostics: discovery.diagnostics,
                   render: render, emit: emit)
    }

    /// Scans the directory (or single file) at `path`, holding the whole report.
    public func scan(path: String) throws(ScanError) -> ScanReport {
        var agents: [AgentReport] = []
        let summary = try scan(path: path, render: { $0 }, emit: { agents.append($0) })
        return ScanReport(summary: summary, agents: agents)
    }

    /// Scans files given in memory, as tests and examples do.
    public func scan(files: [(path: String, content: String)], rootName: String = "project") -> ScanReport {
        var agents: [AgentReport] = []
        let summary = run(FileSource(files), rootName: rootName, extraDiagnostics: [], render: { $0 }, emit: { agents.append($0) })
        return ScanReport(summary: summary, agents: agents)
    }

    /// The agents that files given in memory make, before any check runs.
    func agents(files: [(path: String, content: String)], rootName: String = "project") -> [Agent] {
        var agents: [Agent] = []
        _ = ScanPipeline(loader: loader, rootName: rootName, gathersTexts: false).run(FileSource(files), perAgent: { agent, _ in agent },
                                                                 emit: { agents.append($0) })
        return agents
    }

    /// The name a report gives the scanned root: the last component of `path`, or of the
    /// working directory for `.`; never an absolute path.
    public static func rootName(of path: String) -> String {
        let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
        let name = ProjectPath.fileName(of: trimmed)
        return name == "." || name.isEmpty ? ProjectPath.fileName(of: FileReading.currentDirectory()) : name
    }

    private func run<Rendered: Sendable>(_ source: FileSource, rootName: String, extraDiagnostics: [InputDiagnostic],
                                         render: @escaping @Sendable (AgentReport) -> Rendered,
                                         emit: (Rendered) -> Void) -> ScanSummary {
        let checks = self.checks
        let gate = self.gate
        var summaries: [AgentSummary] = []
        let totals = ScanPipeline(loader: loader, rootName: rootName, gathersTexts: quotesSourceLines).run(source, perAgent: { agent, texts in
            let report = AgentReport(agent: agent, results: Assessment.results(of: checks, for: agent, texts: texts), gate: gate)
            return (AgentSummary(report), render(report))
        }, emit: { summary, rendered in
            summaries.append(summary)
            emit(rendered)
        })
        return ScanSummary(rootName: rootName, agents: summaries, files: totals.files, skipped: totals.skipped,
                           diagnostics: (extraDiagnostics + totals.diagnostics).sorted(), gate: gate,
                           checks: checks.map { $0.description })
    }
}
