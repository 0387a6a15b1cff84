import PreflightCore

/// The human report: per agent, a bar per area and the verdict, then each gap with
/// `path:line:column`, the offending line and the fix. Blocking gaps come first.
public enum TerminalReport {
    /// Renders `report` whole; `style` decides colour.
    public static func render(_ report: ScanReport, style: TerminalStyle) -> String {
        var out = header(rootName: report.rootName, style: style)
        for agent in report.agents { out += agentSection(agent, gate: report.gate, style: style) }
        return out + footer(report.summary, style: style)
    }

    /// The first line, written before any agent is assessed.
    public static func header(rootName: String, style: TerminalStyle) -> String {
        style.bold("Preflight \(PreflightTool.version)") + style.dim(" · \(rootName)") + "\n"
    }

    /// One agent's section: its scores per area, then its gaps, blocking ones first.
    public static func agentSection(_ agent: AgentReport, gate: Gate, style: TerminalStyle) -> String {
        "\n" + section(agent, gate: gate, style: style)
    }

    /// What comes after the agents: input problems, what was read, and the verdict.
    public static func footer(_ summary: ScanSummary, style: TerminalStyle) -> String {
        var out = ""
        if summary.agents.isEmpty {
            out += "\nNo agent configuration found: no Preflight manifest, MCP configuration, coding-agent settings,\n"
            out += "Compose file or Kubernetes manifest. Nothing to assess.\n"
        }
        if !summary.diagnostics.isEmpty {
            out += "\n" + style.bold("Input problems (\(summary.diagnostics.count))") + "\n"
            for diagnostic in summary.diagnostics {
                let label = diagnostic.kind == .error ? style.red("error") : style.yellow("warning")
                out += "  \(label) \(diagnostic.location): \(diagnostic.message)\n"
            }
        }
        let files = summary.files.count
        out += "\n" + style.dim("\(files) file\(files == 1 ? "" : "s") read · \(summary.checks.count) checks") + "\n"
        out += verdictLine(summary, style: style) + "\n"
        return out
    }

    private static func section(_ agent: AgentReport, gate: Gate, style: TerminalStyle) -> String {
        var out = style.bold("Agent \(agent.name)") + style.dim(" (\(agent.path))") + "  "
        out += verdictLabel(agent.verdict, style: style)
        out += agent.score.overall.map { "  score \(style.bold(String($0)))/100" } ?? "  score n/a"
        out += "\n"
        for area in agent.score.areas {
            let name = area.area.title.padding(to: 14)
            let counts = summary(of: area)
            if let score = area.score {
                let filled = Int((Double(score) / 5).rounded())
                let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
                let coloured = score >= 80 ? style.green(bar) : score >= 50 ? style.yellow(bar) : style.red(bar)
                out += "  \(name)\(coloured) \(String(score).leftPadding(to: 3))  \(style.dim(counts))\n"
            } else {
                out += ("  \(name)\(style.dim(String(repeating: "·", count: 20)))  n/a  \(style.dim(counts))").trimmingTrailingWhitespace() + "\n"
            }
        }
        for file in agent.unreadable {
            out += "  " + style.red("unreadable") + " \(file.location): \(file.message)\n"
        }
        if agent.isUnderFloor(gate), let floor = gate.failUnder {
            out += "  " + style.red("score under the floor of \(floor) (--fail-under)") + "\n"
        }
        let others = agent.results.indices.filter { agent.results[$0].isGap && !agent.isBlocking[$0] }.map { agent.results[$0] }
            .sorted(by: AgentReport.mostSevereFirst)
        if !agent.blocking.isEmpty {
            out += "\n  " + style.bold(style.red("Blocking gaps (\(agent.blocking.count))")) + "\n"
            for result in agent.blocking { out += gap(result, style: style) }
        }
        if !others.isEmpty {
            out += "\n  " + style.bold("Other gaps (\(others.count))") + "\n"
            for result in others { out += gap(result, style: style) }
        }
        return out
    }

    /// `2 pass · 1 fail · 1 no evidence`, leaving out zero counts.
    private static func summary(of area: AreaScore) -> String {
        let labels: [(Status, String)] = [(.pass, "pass"), (.fail, "fail"), (.unknown, "no evidence"), (.notApplicable, "n/a")]
        var parts: [String] = []
        for (status, label) in labels {
            let count = area.count(status)
            if count > 0 { parts.append("\(count) \(label)") }
        }
        return parts.joined(separator: " · ")
    }

    private static func gap(_ result: CheckResult, style: TerminalStyle) -> String {
        let mark = result.status == .fail ? style.red("✗") : style.yellow("?")
        let severity = style.severity(result.check.severity, result.check.severity.rawValue.uppercased())
        var out = "  \(mark) \(severity) \(style.bold(result.check.id)) \(result.check.title)\n"
        out += "      \(result.message)\n"
        for item in result.evidence {
            out += "      \(style.cyan(item.evidence.location.description))  \(style.dim(item.evidence.note))\n"
            if let line = item.sourceLine {
                let number = String(item.evidence.location.line)
                out += "      \(style.dim(number.leftPadding(to: 5) + " │")) \(line.trimmingTrailingWhitespace())\n"
            }
        }
        out += "      \(style.green("fix:")) \(result.check.remediation.summary)"
        out += style.dim("  (preflight explain \(result.check.id))") + "\n"
        return out
    }

    private static func verdictLabel(_ verdict: Verdict, style: TerminalStyle) -> String {
        switch verdict {
        case .ready: return style.bold(style.green("READY"))
        case .notReady: return style.bold(style.red("NOT READY"))
        case .notApplicable: return style.dim("NOTHING TO ASSESS")
        }
    }

    private static func verdictLine(_ report: ScanSummary, style: TerminalStyle) -> String {
        let gate = "fail on: \(report.gate.failOn?.rawValue ?? "none")" + (report.gate.failUnder.map { ", fail under: \($0)" } ?? "")
        let agents = report.agents.count
        switch report.verdict {
        case .ready:
            return "Verdict: " + verdictLabel(.ready, style: style) + " — \(agents) agent\(agents == 1 ? "" : "s"), no blocking gap (\(gate))"
        case .notApplicable:
            return "Verdict: " + verdictLabel(.notApplicable, style: style) + " — no check applies, so no score (\(gate))"
        case .notReady:
            let blocking = report.blockingCount
            let unreadable = report.diagnostics.filter { $0.kind == .error }.count
            let failing = report.agents.filter { $0.verdict == .notReady }.count
            var reasons = ["\(blocking) blocking gap\(blocking == 1 ? "" : "s")"]
            if unreadable > 0 { reasons.append("\(unreadable) unreadable file\(unreadable == 1 ? "" : "s")") }
            return "Verdict: " + verdictLabel(.notReady, style: style) + " — " + reasons.joined(separator: " and ")
                + " in \(failing) of \(agents) agent\(agents == 1 ? "" : "s") (\(gate))"
        }
    }
}

extension String {
    /// The string padded with spaces on the right to `width` characters.
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }

    /// The string padded with spaces on the left to `width` characters.
    func leftPadding(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    /// The string without trailing spaces and tabs.
    func trimmingTrailingWhitespace() -> String {
        var text = self
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
