/// A component defined in an OpenTelemetry Collector configuration: a receiver, processor,
/// exporter or connector, under its section's key.
public struct CollectorComponent: Sendable {
    /// The section a component is defined in.
    public enum Kind: String, Sendable {
        /// `receivers`.
        case receiver
        /// `processors`.
        case processor
        /// `exporters`.
        case exporter
        /// `connectors`: an exporter of one pipeline and a receiver of another.
        case connector
    }

    /// Its section.
    public let kind: Kind
    /// Its ID as written (`batch`, `attributes/strip-prompts`), located at its key.
    public let id: Located<String>
    /// For an `attributes` processor: the `action` of each of its `actions`
    /// (`insert`, `update`, `upsert`, `delete`, `hash`, `extract`, `convert`), located at the value.
    public var attributeActions: [Located<String>] = []
    /// For a `transform` processor: every OTTL statement it runs, in any context, located.
    public var statements: [Located<String>] = []

    /// Creates a component.
    public init(kind: Kind, id: Located<String>) {
        self.kind = kind
        self.id = id
    }

    /// Its type: the ID's part before any `/` (`attributes` for `attributes/strip-prompts`).
    public var type: String { CollectorComponent.type(ofID: id.value) }

    /// The type part of a component or pipeline ID: everything before the first `/`.
    public static func type(ofID id: String) -> String {
        String(ASCIIText.split(id[...], separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}
