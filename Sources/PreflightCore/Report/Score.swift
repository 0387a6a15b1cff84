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
    /// How many results had each status.
    public let counts: [Status: Int]
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

    /// Scores `results`.
    public init(results: [CheckResult]) {
        var areas: [AreaScore] = []
        for area in Area.allCases {
            areas.append(Score.score(area: area, results: results.filter { $0.check.area == area }))
        }
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

    private static func score(area: Area, results: [CheckResult]) -> AreaScore {
        var counts: [Status: Int] = [:]
        var earned = 0.0
        var possible = 0.0
        for result in results {
            counts[result.status, default: 0] += 1
            guard result.status != .notApplicable else { continue }
            possible += result.check.severity.weight
            if result.status == .pass { earned += result.check.severity.weight }
        }
        return AreaScore(area: area, score: percentage(earned, of: possible), earned: earned, possible: possible, counts: counts)
    }
}
