import YAML

/// Reads Google ADK agent configurations (Agent Config, experimental): `root_agent.yaml`
/// and the agent files it names in `sub_agents[{config_path}]`, each one agent with
/// `name`, `agent_class` (`LlmAgent` by default, `LoopAgent`, `SequentialAgent`, ...),
/// `model`, `description`, `instruction`, `tools`, `sub_agents` and, for a loop,
/// `max_iterations`. The files have no marker of their own, so the loader parses an
/// unclaimed `root_agent.yaml` or `<name>_agent.yaml` (ADK's naming; other sub-agent file
/// names are recorded as the parent's sub-agents but not read), and this reader claims
/// it when it holds a `name` and an `instruction` or `agent_class`. The agent's root is
/// the file's directory.
struct ADKAgentReader: FormatReader {
    let format = FileFormat.adkAgent

    func claims(_ file: PathName) -> Bool { false }

    func mayClaimByContent(path: String) -> Bool {
        let name = ProjectPath.fileName(of: path)
        return ["root_agent.yaml", "root_agent.yml"].contains(name) || name.hasSuffix("_agent.yaml") || name.hasSuffix("_agent.yml")
    }

    func claims(documents: [YAMLNode]) -> Bool {
        guard let root = documents.first, root.mapping != nil, root.pair("agents") == nil, root.pair("apiVersion") == nil,
              root["name"]?.string != nil else { return false }
        return root.pair("instruction") != nil || root.pair("agent_class") != nil
    }

    func agentRoot(of path: String) -> String? { ProjectPath.directory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first, let name = file.string("name", in: root) else { return }
        var agent = FrameworkAgent(framework: .adk, name: name.value, location: name.location)
        agent.agentClass = file.string("agent_class", in: root)
        agent.role = file.string("description", in: root)
        agent.maxIterations = file.int("max_iterations", in: root)
        agent.tools = (root["tools"]?.sequence ?? []).compactMap { item in
            guard let tool = item.mapping == nil ? item.string : item["name"]?.string, !item.isNull else { return nil }
            return Located(tool, at: file.location(item))
        }
        agent.subAgents = (root["sub_agents"]?.sequence ?? []).compactMap { item in
            let reference = item["config_path"] ?? item["code"] ?? item
            guard let text = reference.string, !reference.isNull else { return nil }
            return Located(text, at: file.location(reference))
        }
        facts.frameworkAgents.append(agent)
    }
}
