import Foundation

/// Runs the checks over one agent and turns their outcomes into results: secrets masked,
/// evidence sorted, and the offending line quoted for each failure.
enum Assessment {
    /// Every check's result for `agent`, in the order of `checks`; `texts` holds the text of
    /// each of the agent's files, by path, for quoting.
    static func results(of checks: [any Check.Type], for agent: Agent, texts: [String: String]) -> [CheckResult] {
        let secrets = secrets(of: agent)
        return checks.map { check in result(of: check, for: agent, texts: texts, secrets: secrets) }
    }

    private static func result(of check: any Check.Type, for agent: Agent, texts: [String: String], secrets: [String]) -> CheckResult {
        var outcome = check.init().evaluate(agent)
        if outcome.status == .notApplicable, let first = agent.unreadable.first {
            outcome = .unknown("could not be confirmed: \(first.location.path) could not be read (\(outcome.message))")
        }
        let evidence = sortedByLocation(outcome.evidence).map { item -> QuotedEvidence in
            let line = outcome.status == .fail ? texts[item.location.path].flatMap { Assessment.line(item.location.line, of: $0) } : nil
            let cleaned = line.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
            return QuotedEvidence(
                evidence: Evidence(Secrets.redact(item.note, extra: secrets), at: item.location),
                sourceLine: cleaned.map { Secrets.redact($0, extra: secrets) })
        }
        return CheckResult(check: check.description, agentPath: agent.path, status: outcome.status,
                           message: Secrets.redact(outcome.message, extra: secrets), evidence: evidence)
    }

    /// `evidence` ordered by location, as a stable sort orders it: most evidence is one item, or
    /// already in order, and is then given back as it is.
    private static func sortedByLocation(_ evidence: [Evidence]) -> [Evidence] {
        let ordered = evidence.indices.dropFirst().allSatisfy { !(evidence[$0].location < evidence[$0 - 1].location) }
        return ordered ? evidence : evidence.sorted { $0.location < $1.location }
    }

    /// Line `number` (1-based) of `text` up to its line feed (a carriage return before it is
    /// kept, for the caller to drop), or nil past its end.
    static func line(_ number: Int, of text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            var found: String?
            ByteSearch.forEachLine(in: bytes) { current, range in
                guard current == number else { return current < number }
                let end = range.upperBound < bytes.count && bytes[range.upperBound] == UInt8(ascii: "\r")
                    ? range.upperBound + 1 : range.upperBound
                found = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<end]), as: UTF8.self)
                return false
            }
            return found
        }
    }

    /// Every literal secret in the agent's settings and arguments, to mask wherever it is quoted.
    private static func secrets(of agent: Agent) -> [String] {
        var found = agent.credentialSettings.compactMap { $0.secret?.secret }
        found += agent.mcpServers.flatMap(\.arguments).compactMap { Secrets.detect(value: $0.value)?.secret }
        found += agent.mcpServers.compactMap { $0.url.flatMap { Secrets.detect(value: $0.value)?.secret } }
        guard !found.isEmpty else { return [] }
        // Longest first, each secret's Characters counted once rather than at every comparison.
        return Set(found).map { (secret: $0, length: $0.count) }.sorted { $0.length > $1.length }.map(\.secret)
    }
}
