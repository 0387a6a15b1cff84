import PreflightCore

/// Writes a JSON report as the scan goes: the head at the first agent (or at the end), each
/// agent's object as it comes, and the summary last. Output goes to `sink` in chunks of
/// about a megabyte, so a report of thousands of agents never sits in memory whole.
public final class JSONReportWriter {
    private let head: [(String, JSONValue)]
    private let sink: ([UInt8]) -> Void
    private var buffer: [UInt8] = []
    private var agents = 0

    /// A writer for a scan of `rootName` under `gate` running `checks`.
    public init(rootName: String, gate: Gate, checks: [CheckDescription], catalogueVersion: String,
                sink: @escaping ([UInt8]) -> Void) {
        head = JSONReport.head(rootName: rootName, gate: gate, checks: checks, catalogueVersion: catalogueVersion)
        self.sink = sink
        buffer.reserveCapacity(1 << 20)
    }

    /// Adds one agent's object, as ``JSONReport/agent(_:)`` renders it.
    public func add(_ agentObject: [UInt8]) {
        if agents == 0 {
            writeHead()
            buffer.append(contentsOf: "  \"agents\": [\n    ".utf8)
        } else {
            buffer.append(contentsOf: ",\n    ".utf8)
        }
        buffer.append(contentsOf: agentObject)
        agents += 1
        if buffer.count >= 1 << 20 {
            sink(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Closes the agents and writes the summary.
    public func finish(_ summary: ScanSummary) {
        if agents == 0 {
            writeHead()
            buffer.append(contentsOf: "  \"agents\": [],\n".utf8)
        } else {
            buffer.append(contentsOf: "\n  ],\n".utf8)
        }
        let tail = JSONReport.tail(summary)
        for (index, (key, value)) in tail.enumerated() { member(key, value, last: index == tail.count - 1) }
        buffer.append(contentsOf: "}\n".utf8)
        sink(buffer)
        buffer = []
    }

    private func writeHead() {
        buffer.append(contentsOf: "{\n".utf8)
        for (key, value) in head { member(key, value, last: false) }
    }

    /// One member of the top-level object, as the pretty printer writes it.
    private func member(_ key: String, _ value: JSONValue, last: Bool) {
        buffer.append(contentsOf: "  ".utf8)
        JSONValue.string(key).write(into: &buffer, indent: 2)
        buffer.append(contentsOf: ": ".utf8)
        value.write(into: &buffer, indent: 2)
        buffer.append(contentsOf: (last ? "\n" : ",\n").utf8)
    }
}
