/// The seven questions a launch review asks, one area each.
public enum Area: String, Sendable, CaseIterable, Comparable {
    /// Which agent acted, which version, with what identity?
    case identity
    /// Can we restrict what it can do?
    case permissions
    /// Where does its code actually run?
    case isolation
    /// Why did it do that: can we see it?
    case observability
    /// Can we trace every action later, and prove it?
    case audit
    /// Who approved it, and what happens when it misbehaves?
    case governance
    /// Can what it runs be trusted, and are its secrets kept?
    case supplyChain = "supply-chain"

    /// The area's title for people.
    public var title: String {
        switch self {
        case .identity: return "Identity"
        case .permissions: return "Permissions"
        case .isolation: return "Isolation"
        case .observability: return "Observability"
        case .audit: return "Audit"
        case .governance: return "Governance"
        case .supplyChain: return "Supply chain"
        }
    }

    /// The reviewer's question the area answers.
    public var question: String {
        switch self {
        case .identity: return "Which agent acted, which version, with what identity and permissions?"
        case .permissions: return "Can we restrict what it can do?"
        case .isolation: return "Where does its code actually run?"
        case .observability: return "Why did it do that: can we see it?"
        case .audit: return "Can we trace every action later, and prove it?"
        case .governance: return "Who approved it, and what happens when it misbehaves?"
        case .supplyChain: return "Can what it runs be trusted, and are its secrets kept?"
        }
    }

    /// The prefix of the area's check IDs.
    public var idPrefix: String {
        switch self {
        case .identity: return "PF-ID"
        case .permissions: return "PF-PERM"
        case .isolation: return "PF-ISO"
        case .observability: return "PF-OBS"
        case .audit: return "PF-AUD"
        case .governance: return "PF-GOV"
        case .supplyChain: return "PF-SC"
        }
    }

    public static func < (lhs: Area, rhs: Area) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
