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

    /// Severities compare in the order of ``allCases``, from low to critical.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs.rank < rhs.rank
    }

    /// The position of the severity in ``allCases``.
    private var rank: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .high: return 2
        case .critical: return 3
        }
    }
}
