/// One pipeline of an OpenTelemetry Collector configuration (`service.pipelines`): the
/// receivers it takes data from, the processors it runs in order, and the exporters it sends to.
public struct CollectorPipeline: Sendable {
    /// The pipeline's ID as written (`traces`, `traces/agent`), located at its key.
    public let name: Located<String>
    /// Its receivers, each located at its list item.
    public var receivers: [Located<String>] = []
    /// Its processors in the order they run, each located at its list item.
    public var processors: [Located<String>] = []
    /// Where its `processors` key is written, if it is.
    public var processorsKey: SourceLocation?
    /// Its exporters, each located at its list item.
    public var exporters: [Located<String>] = []

    /// Creates a pipeline with no components yet.
    public init(name: Located<String>) {
        self.name = name
    }

    /// The signal it carries: the ID's part before any `/` (`traces`, `metrics`, `logs`).
    public var signal: String { CollectorComponent.type(ofID: name.value) }
}
