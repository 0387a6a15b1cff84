import PreflightCore

/// The common shape of a question asked of every container or Compose service the agent
/// runs as.
enum WorkloadFact {
    /// What a check found in one workload.
    enum Finding {
        /// The control is in place, shown at the evidence; nil when a safe default applies
        /// and nothing needs to be written.
        case shown(Evidence?)
        /// The control is missing or wrong at each place.
        case gaps([Evidence])
    }

    /// Not applicable for `absent` when `workloads` is empty; a failure at every gap `judge`
    /// finds (one Evidence per place, the first note kept where several workloads share
    /// it) naming the workloads with `problem` ("privileged mode is on in ..."); otherwise a
    /// pass stating `control` with what each workload shows.
    static func outcome(
        _ workloads: [Workload], absent: String, problem: String, control: String, judge: (Workload) -> Finding
    ) -> Outcome {
        guard !workloads.isEmpty else { return .notApplicable(absent) }
        var failing: [String] = []
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for workload in workloads {
            switch judge(workload) {
            case .shown(let evidence):
                if let evidence { shown.append(evidence) }
            case .gaps(let evidence):
                failing.append(workload.name)
                gaps += evidence
            }
        }
        guard failing.isEmpty else {
            return .fail("\(problem) in \(failing.joined(separator: ", "))", evidence: unique(gaps))
        }
        let count = workloads.count == 1 ? "1 workload" : "\(workloads.count) workloads"
        return .pass("\(control) (\(count) checked)", evidence: unique(shown))
    }

    /// The Kubernetes workloads among `workloads`.
    static func kubernetes(_ workloads: [Workload]) -> [Workload] {
        workloads.filter { $0.platform == .kubernetes }
    }

    /// `evidence` with one item per location, the first kept.
    private static func unique(_ evidence: [Evidence]) -> [Evidence] {
        // A few items, compared in turn: cheaper than hashing each location's path into a set.
        var seen: [SourceLocation] = []
        return evidence.filter { item in
            guard !seen.contains(item.location) else { return false }
            seen.append(item.location)
            return true
        }
    }
}
