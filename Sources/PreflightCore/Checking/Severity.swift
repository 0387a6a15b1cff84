/// How much a gap matters, on the scale users of Checkov and Trivy know.
public enum Severity: String, Sendable, CaseIterable, Comparable {
    /// Minor.
    case low
    /// Worth fixing before launch.
    case medium
    /// Blocks launch by default.
    case high
    /// Blocks launch; exploitable or unaccountable as it stands.
    case critical

    /// The weight of a check of this severity in scores (OpenSSF Scorecard's weights).
    public var weight: Double {
        switch self {
        case .low: return 2.5
        case .medium: return 5
        case .high: return 7.5
        case .critical: return 10
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
