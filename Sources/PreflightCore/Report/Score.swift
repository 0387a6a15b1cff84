import Foundation

/// The score of one area, with the inputs that produced it.
public struct AreaScore: Sendable {
    /// The area.
    public let area: Area
    /// 0–100, or nil when no check of the area applies.
    public let score: Int?
    /// Σ weight of passing results.
    public let earned: Double
    /// Σ weight of applicable results (pass, fail and unknown).
    public let possible: Double
    /// How many results had each status, kept as four numbers rather than a dictionary.
    let statusCounts: StatusCounts

    /// How many results had each status (only the statuses that occurred).
    public var counts: [Status: Int] {
        var counts: [Status: Int] = [:]
        for status in Status.allCases where statusCounts[status] > 0 { counts[status] = statusCounts[status] }
        return counts
    }

    /// How many results had `status`.
    public func count(_ status: Status) -> Int { statusCounts[status] }
}

/// Scores weighted by severity: each applicable result weighs its severity's weight
/// (critical 10, high 7.5, medium 5, low 2.5); a pass earns its weight, a failure or an
/// unknown earns nothing, and not-applicable results are left out.
/// score = round(100 × earned ÷ possible). See docs/scoring.md.
public struct Score: Sendable {
    /// 0–100 over every applicable result, or nil when nothing applies.
    public let overall: Int?
    /// Σ weight of passing results.
    public let earned: Double
    /// Σ weight of applicable results.
    public let possible: Double
    /// One score per area, in catalogue order.
    public let areas: [AreaScore]

    /// Scores `results`, in one pass that adds each result to its area's tally. Each result's
    /// check and status are read in place, through a buffer, rather than the result copied.
    public init(results: [CheckResult]) {
        let allAreas = Area.allCases
        var tallies = allAreas.map { AreaTally(area: $0) }
        results.withUnsafeBufferPointer { results in
            for position in results.indices {
                let check = results[position].check
                guard let index = allAreas.firstIndex(of: check.area) else { continue }
                tallies[index].add(results[position].status, weight: check.severity.weight)
            }
        }
        let areas = tallies.map(\.score)
        self.areas = areas
        earned = areas.reduce(0) { $0 + $1.earned }
        possible = areas.reduce(0) { $0 + $1.possible }
        overall = Score.percentage(earned, of: possible)
    }

    /// A score made of given parts, such as the worst of several agents.
    public init(overall: Int?, earned: Double, possible: Double, areas: [AreaScore]) {
        self.overall = overall
        self.earned = earned
        self.possible = possible
        self.areas = areas
    }

    /// The score of `area`.
    public func area(_ area: Area) -> AreaScore? { areas.first { $0.area == area } }

    static func percentage(_ earned: Double, of possible: Double) -> Int? {
        guard possible > 0 else { return nil }
        return Int((100 * earned / possible).rounded())
    }
}

/// The running sums of one area's results, in the order they come.
private struct AreaTally {
    let area: Area
    var counts = StatusCounts()
    var earned = 0.0
    var possible = 0.0

    init(area: Area) {
        self.area = area
    }

    /// Adds a result of `status` whose check weighs `weight`.
    mutating func add(_ status: Status, weight: Double) {
        counts[status] += 1
        guard status != .notApplicable else { return }
        possible += weight
        if status == .pass { earned += weight }
    }

    /// The area's score.
    var score: AreaScore {
        AreaScore(area: area, score: Score.percentage(earned, of: possible), earned: earned, possible: possible, statusCounts: counts)
    }
}
