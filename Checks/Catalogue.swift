import PreflightCore
import Foundation

/// The catalogue: every registered check, in the order reports list them.
/// A check that is written but not listed here never runs, and the test suite fails.
public enum Catalogue {
    /// The catalogue's version, bumped whenever a check is added, removed or changes meaning.
    public static let version = "2026.11.1"

    /// Every check, grouped by area.
    public static let checks: [any Check.Type] = identity + permissions + isolation + observability + audit + governance + supplyChain

    /// The check with `id`, if registered.
    public static func check(id: String) -> (any Check.Type)? {
        checks.first { $0.description.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    static let identity: [any Check.Type] = [
        AgentNameAndVersion.self,
    ]

    static let permissions: [any Check.Type] = [
    ]

    static let isolation: [any Check.Type] = [
    ]

    static let observability: [any Check.Type] = [
    ]

    static let audit: [any Check.Type] = [
    ]

    static let governance: [any Check.Type] = [
    ]

    static let supplyChain: [any Check.Type] = [
    ]
}
