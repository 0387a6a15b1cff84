import YAML

/// Reads CrewAI's agent and task declarations, in both layouts:
///
/// - classic: `config/agents.yaml` (each top-level key an agent: `role`, `goal`,
///   `backstory`, `allow_delegation`, `allow_code_execution`, `code_execution_mode`,
///   `max_iter`, `max_rpm`, `max_execution_time`, `tools`) and `config/tasks.yaml` (each
///   key a task: `description`, `expected_output`, `agent`, `human_input`, `guardrail`);
/// - current: `agents/<name>.jsonc` (one agent: `role`, `goal`, `backstory`, `llm`,
///   `tools`, and `settings` whose values win over the same keys outside it) and
///   `crew.jsonc` (`name`, `agents`, `tasks`, `inputs`, ...).
///
/// Other projects have `config/agents.yaml` too, so a classic file is claimed by name only
/// where `crewai create` puts it (`src/<package>/config/`), and there a file of another
/// shape gets a warning saying what was expected. Anywhere else it is parsed and claimed
/// only when its content is CrewAI-shaped: a mapping of names to mappings with `role` or
/// `goal` (agents), or with `description` and `expected_output` or `agent` (tasks).
///
/// The agent's root is the project directory: the one holding `src/` for a classic file
/// (`x/src/pkg/config/agents.yaml` → `x`), else the one holding `config/`; for the current
/// layout, the one holding `agents/` or `crew.jsonc`.
struct CrewAIReader: FormatReader {
    let format = FileFormat.crewAI

    /// The file names of the classic layout, inside a `config` folder.
    static let classicNames: Set<String> = ["agents.yaml", "agents.yml", "tasks.yaml", "tasks.yml"]

    func claims(_ file: PathName) -> Bool {
        if file.name == "crew.jsonc" { return true }
        if file.name.hasSuffix(".jsonc") && file.folder == "agents" { return true }
        return file.folder == "config" && CrewAIReader.packageRoot(of: file.path) != nil
    }

    func mayClaimByContent(path: String) -> Bool {
        CrewAIReader.classicNames.contains(ProjectPath.fileName(of: path)) && ProjectPath.project(of: path, inFolder: "config") != nil
    }

    func claims(documents: [YAMLNode]) -> Bool {
        guard let root = documents.first else { return false }
        return CrewAIReader.isAgents(root) || CrewAIReader.isTasks(root)
    }

    func agentRoot(of path: String) -> String? {
        let name = ProjectPath.fileName(of: path)
        if name == "crew.jsonc" { return ProjectPath.directory(of: path) }
        if name.hasSuffix(".jsonc"), let project = ProjectPath.project(of: path, inFolder: "agents") { return project }
        return CrewAIReader.packageRoot(of: path) ?? ProjectPath.project(of: path, inFolder: "config")
    }

    /// The directory holding `src/` for a file at `src/<package>/config/<name>`; nil for any other path.
    static func packageRoot(of path: String) -> String? {
        guard classicNames.contains(ProjectPath.fileName(of: path)),
              let package = ProjectPath.project(of: path, inFolder: "config"),
              ProjectPath.fileName(of: ProjectPath.directory(of: package)) == "src" else { return nil }
        return ProjectPath.directory(of: ProjectPath.directory(of: package))
    }

    /// Whether `node` maps names to agents: mappings each with `role` or `goal`.
    static func isAgents(_ node: YAMLNode) -> Bool {
        guard let pairs = node.mapping, !pairs.isEmpty else { return false }
        return pairs.allSatisfy { $0.value.pair("role") != nil || $0.value.pair("goal") != nil }
    }

    /// Whether `node` maps names to tasks: mappings each with `description`, and with
    /// `expected_output` or `agent`.
    static func isTasks(_ node: YAMLNode) -> Bool {
        guard let pairs = node.mapping, !pairs.isEmpty else { return false }
        return pairs.allSatisfy { pair in
            pair.value.pair("description") != nil && (pair.value.pair("expected_output") != nil || pair.value.pair("agent") != nil)
        }
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        let name = ProjectPath.fileName(of: file.path)
        let start = file.documents.first.map { file.location($0) } ?? SourceLocation(path: file.path, line: 1, column: 1)
        guard let root = file.documents.first, root.mapping != nil else {
            diagnostics.append(InputDiagnostic("expected \(CrewAIReader.expectation(for: name)); not read", at: start, kind: .warning))
            return
        }
        if name == "crew.jsonc" {
            readCrew(root, file: file, into: &facts)
        } else if name.hasSuffix(".jsonc") {
            guard root.pair("role") != nil || root.pair("goal") != nil else {
                diagnostics.append(InputDiagnostic("expected \(CrewAIReader.expectation(for: name)); not read", at: start, kind: .warning))
                return
            }
            let agentName = root["name"]?.string ?? String(name.dropLast(".jsonc".count))
            facts.frameworkAgents.append(agent(named: agentName, root, settings: root["settings"], at: start, file: file))
        } else if CrewAIReader.isAgents(root) {
            for pair in root.mapping ?? [] {
                guard let agentName = pair.key.string else { continue }
                facts.frameworkAgents.append(agent(named: agentName, pair.value, settings: nil, at: file.location(pair.key), file: file))
            }
        } else if CrewAIReader.isTasks(root) {
            for pair in root.mapping ?? [] {
                guard let taskName = pair.key.string else { continue }
                facts.frameworkTasks.append(task(named: taskName, pair.value, at: file.location(pair.key), file: file))
            }
        } else {
            diagnostics.append(InputDiagnostic("expected \(CrewAIReader.expectation(for: name)); not read", at: start, kind: .warning))
        }
    }

    /// What a file of this name should hold, for warnings.
    private static func expectation(for name: String) -> String {
        if name.hasPrefix("tasks.") {
            return "CrewAI tasks: a mapping of task names to their description, expected_output and agent"
        }
        if name.hasPrefix("agents.") {
            return "CrewAI agents: a mapping of agent names to their role, goal and backstory"
        }
        return name == "crew.jsonc" ? "a JSON object declaring a CrewAI crew" : "a JSON object declaring a CrewAI agent's role and goal"
    }

    /// One agent; a key in `settings` wins over the same key beside it.
    private func agent(named name: String, _ node: YAMLNode, settings: YAMLNode?, at location: SourceLocation, file: LoadedFile) -> FrameworkAgent {
        var agent = FrameworkAgent(framework: .crewAI, name: name, location: location)
        agent.role = file.string("role", in: node)
        agent.delegation = file.bool("allow_delegation", in: settings) ?? file.bool("allow_delegation", in: node)
        agent.codeExecution.allowed = file.bool("allow_code_execution", in: settings) ?? file.bool("allow_code_execution", in: node)
        agent.codeExecution.mode = file.string("code_execution_mode", in: settings) ?? file.string("code_execution_mode", in: node)
        agent.maxIterations = file.int("max_iter", in: settings) ?? file.int("max_iter", in: node)
        agent.maxExecutionTimeSeconds = file.int("max_execution_time", in: settings) ?? file.int("max_execution_time", in: node)
        agent.maxRequestsPerMinute = file.int("max_rpm", in: settings) ?? file.int("max_rpm", in: node)
        agent.tools = tools(node["tools"], file: file)
        return agent
    }

    /// Tool names: plain strings, or objects naming the tool (`name`, `type`).
    private func tools(_ node: YAMLNode?, file: LoadedFile) -> [Located<String>] {
        (node?.sequence ?? []).compactMap { item in
            let name = item.mapping == nil ? item.string : item["name"]?.string ?? item["type"]?.string
            guard let name, !item.isNull else { return nil }
            return Located(name, at: file.location(item))
        }
    }

    /// One task.
    private func task(named name: String, _ node: YAMLNode, at location: SourceLocation, file: LoadedFile) -> FrameworkTask {
        var task = FrameworkTask(name: name, location: location)
        task.agent = file.string("agent", in: node)
        task.humanInput = file.bool("human_input", in: node)
        task.guardrail = file.string("guardrail", in: node)
        return task
    }

    /// `crew.jsonc`: tasks declared in it, as a list of objects or a mapping of names.
    private func readCrew(_ root: YAMLNode, file: LoadedFile, into facts: inout AgentFacts) {
        guard let tasks = root["tasks"] else { return }
        if let pairs = tasks.mapping {
            for pair in pairs where pair.value.mapping != nil {
                guard let name = pair.key.string else { continue }
                facts.frameworkTasks.append(task(named: name, pair.value, at: file.location(pair.key), file: file))
            }
            return
        }
        for (index, item) in (tasks.sequence ?? []).enumerated() where item.mapping != nil {
            let name = item["name"]?.string ?? "task \(index + 1)"
            facts.frameworkTasks.append(task(named: name, item, at: file.location(item), file: file))
        }
    }
}
