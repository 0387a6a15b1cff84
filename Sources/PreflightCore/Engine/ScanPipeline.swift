/// Reads a tree agent by agent, so that memory holds a window of agents at a time rather
/// than the whole tree.
///
/// 1. **Plan** (every file, on every core): a file a reader claims by name is placed by its
///    name alone, and its reader says whether it marks an agent's root. Repository-wide
///    files (CODEOWNERS, SECURITY.md…) are read now, since they cover many agents. A YAML or
///    JSON file no reader claims by name is opened: if it may mark a root by its content
///    (a Preflight manifest, a Docker Agent or ADK file; see
///    ``FormatReader/rootMarking(path:bytes:)``) and its bytes do not settle it, it is
///    parsed far enough to know (``FileLoader/Depth/recognition``); it is read whole later
///    with its agent.
/// 2. **Lay out**: the roots give every file its agent (``AgentLayout``).
/// 3. **Assess**, agent by agent on every core (``OrderedStream``): read the agent's
///    remaining files, build the agent, and hand it to `perAgent`; each result goes to
///    `emit` in path order as soon as the agents before it are done, and is dropped; at most
///    ``window`` agents are assessed ahead of the one being emitted.
///
/// Every file is read whole exactly once; only files that may mark a root by their content
/// are parsed twice, so that no agent's facts are held before its turn.
struct ScanPipeline: Sendable {
    /// Reads files.
    let loader: FileLoader
    /// Names the agent at the scanned root when no manifest does.
    let rootName: String
    /// Whether `perAgent` is given the text of each of the agent's files (to quote lines
    /// from); when false it gets an empty map.
    let gathersTexts: Bool
    /// How many agents may be assessed ahead of the one being handed over.
    static let window = 128

    /// What the pipeline keeps of the files once every agent has been handed on.
    struct Totals: Sendable {
        /// Every file read and its format, by path.
        var files: [ScannedFile] = []
        /// Candidate files not read as agent configuration, by path.
        var skipped: [SkippedFile] = []
        /// Problems with input files, unsorted.
        var diagnostics: [InputDiagnostic] = []

        mutating func add(_ outcome: FileOutcome) {
            if let format = outcome.format { files.append(ScannedFile(path: outcome.path, format: format)) }
            if let reason = outcome.skipReason { skipped.append(SkippedFile(path: outcome.path, reason: reason)) }
            diagnostics += outcome.diagnostics
        }

        mutating func add(_ other: Totals) {
            files += other.files
            skipped += other.skipped
            diagnostics += other.diagnostics
        }
    }

    /// Where planning put a file.
    private enum Placement: Sendable {
        /// A repository-wide file, read during planning (boxed: an outcome is large, and most
        /// files are not these).
        indirect case shared(FileOutcome)
        /// To be read with its agent; `root` is the agent root it marks, if any, and
        /// `claimant` the reader that claims it by name, if any.
        case later(root: String?, claimant: (any FormatReader)?)
    }

    /// Runs the scan's stages over `source`: `perAgent` sees each agent (with the text of
    /// each of its files, by path, when ``gathersTexts``) on some core; `emit` receives what
    /// it returned, in agent path order, on the calling thread.
    func run<Result: Sendable>(_ source: FileSource,
                               perAgent: @Sendable (Agent, [String: String]) -> Result,
                               emit: (Result) -> Void) -> Totals {
        let (members, claimants, shared, planned) = plan(source)
        var totals = planned
        let repositoryFiles = RepositoryFiles(shared)
        let agentRoots = members.keys.sorted()
        OrderedStream.run(agentRoots.count, window: ScanPipeline.window) { position -> (Result?, Totals) in
            let root = agentRoots[position]
            var agentTotals = Totals()
            let own = (members[root] ?? []).map { index -> FileOutcome in
                let outcome = load(index, of: source, claimant: claimants[index])
                agentTotals.add(outcome)
                return outcome
            }
            let covering = repositoryFiles.covering(root)
            guard let agent = AgentAssembler.agent(root: root, own: own, covering: covering, rootName: rootName) else {
                return (nil, agentTotals)
            }
            var texts: [String: String] = [:]
            for outcomes in [own, covering] where gathersTexts {
                for outcome in outcomes where outcome.format != nil { texts[outcome.path] = outcome.text }
            }
            return (perAgent(agent, texts), agentTotals)
        } consume: { result, agentTotals in
            totals.add(agentTotals)
            if let result { emit(result) }
        }
        totals.files.sort { $0.path < $1.path }
        totals.skipped.sort { $0.path < $1.path }
        return totals
    }

    /// Plans every file and lays out the agents: each agent root's files (in path order), the
    /// repository-wide files (read), and the totals of those.
    private func plan(_ source: FileSource)
        -> (members: [String: [Int]], claimants: [(any FormatReader)?], shared: [FileOutcome], totals: Totals) {
        let placements = ParallelMap.map(source.paths.count) { index in place(index, of: source) }
        var totals = Totals()
        var roots = Set<String>()
        var shared: [FileOutcome] = []
        for placement in placements {
            switch placement {
            case .shared(let outcome):
                shared.append(outcome)
                totals.add(outcome)
            case .later(let root, _):
                if let root { roots.insert(root) }
            }
        }
        let layout = AgentLayout(roots: roots)
        var members: [String: [Int]] = [:]
        var claimants: [(any FormatReader)?] = Array(repeating: nil, count: placements.count)
        for (index, placement) in placements.enumerated() {
            guard case .later(_, let claimant) = placement else { continue }
            members[layout.owningRoot(of: source.paths[index]), default: []].append(index)
            claimants[index] = claimant
        }
        return (members, claimants, shared, totals)
    }

    /// Plans file `index`: see the type's documentation.
    private func place(_ index: Int, of source: FileSource) -> Placement {
        let path = source.paths[index]
        if let reader = loader.claimant(of: path) {
            return reader.scope == .repository
                ? .shared(load(index, of: source, claimant: reader))
                : .later(root: reader.agentRoot(of: path), claimant: reader)
        }
        guard loader.refusal(path: path, size: source.sizes[index], claimant: nil) == nil,
              let bytes = source.read(index, loader.limits.maxBytes + 1) else { return .later(root: nil, claimant: nil) }
        switch loader.rootMarking(path: path, bytes: bytes) {
        case (.no, _): return .later(root: nil, claimant: nil)
        case (.yes, let root): return .later(root: root, claimant: nil)
        case (.unknown, _):
            return .later(root: loader.load(path: path, bytes: bytes, depth: .recognition, claimant: nil).agentRoot, claimant: nil)
        }
    }

    /// Reads file `index`, which `claimant` claims by name (nil: no reader does), whole, or
    /// says why it could not be.
    private func load(_ index: Int, of source: FileSource, claimant: (any FormatReader)?) -> FileOutcome {
        let path = source.paths[index]
        if let refused = loader.refusal(path: path, size: source.sizes[index], claimant: claimant) { return refused }
        guard let bytes = source.read(index, loader.limits.maxBytes + 1) else { return unreadable(path, claimant: claimant) }
        return loader.load(path: path, bytes: bytes, claimant: claimant)
    }

    private func unreadable(_ path: String, claimant: (any FormatReader)?) -> FileOutcome {
        var outcome = FileOutcome(path: path, claimedBy: claimant)
        outcome.diagnostics.append(InputDiagnostic("file could not be read: permission denied or I/O error",
                                                   file: path, kind: .error))
        return outcome
    }
}
