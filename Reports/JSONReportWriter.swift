import PreflightCore

/// Writes a JSON report as the scan goes: the head at the first agent (or at the end), each
/// agent's object as it comes, and the summary last. Each agent's object goes to `sink` as it
/// was rendered, without being copied, so a report of thousands of agents never sits in
/// memory whole. The bytes given to `sink` are valid only during the call.
public final class JSONReportWriter {
    /// What is still to be handed to `sink`: the head and the separator before an agent.
    private var buffer = JSONOutput()
    private let sink: (UnsafeRawBufferPointer) -> Void
    private var agents = 0

    /// A writer for a scan of `rootName` under `gate` running `checks`.
    public init(rootName: String, gate: Gate, checks: [CheckDescription], catalogueVersion: String,
                sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        buffer.append(UInt8(ascii: "{"))
        let head = JSONReport.head(rootName: rootName, gate: gate, checks: checks, catalogueVersion: catalogueVersion)
        for (index, (key, value)) in head.enumerated() {
            buffer.appendItemStart(first: index == 0, indent: 2)
            buffer.appendJSONString(key)
            buffer.append(literal: ": ")
            value.write(into: &buffer, indent: 2)
        }
        buffer.appendMemberStart("agents", first: false, indent: 2)
        buffer.append(UInt8(ascii: "["))
    }

    /// Adds one agent's object, as ``JSONAgentRenderer/render(_:)`` renders it.
    public func add(_ agentObject: RenderedBytes) {
        buffer.appendItemStart(first: agents == 0, indent: 4)
        buffer.withBytes(sink)
        buffer.removeAll()
        agentObject.withUnsafeBytes(sink)
        agents += 1
    }

    /// Closes the agents and writes the summary.
    public func finish(_ summary: ScanSummary) {
        if agents > 0 { buffer.appendClosingLine(indent: 2) }
        buffer.append(UInt8(ascii: "]"))
        JSONReport.writeTail(summary, first: false, into: &buffer)
        buffer.append(literal: "\n}\n")
        buffer.withBytes(sink)
        buffer.removeAll()
    }
}
