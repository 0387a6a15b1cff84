import YAML

/// Reads Docker Agent configurations: `agent.yaml` with `version`, `models`, an `agents`
/// mapping (each agent with `model`, `description`, `instruction`, `toolsets`,
/// `sub_agents`, `max_iterations`) and `runtime.sandbox`. Preflight's own manifest may be
/// called `agent.yaml` too, so the file is never claimed by name: the loader parses an
/// unclaimed `agent.yaml` or `agent.yml` (``mayClaimByContent(path:)``), and this reader
/// claims it only when `agents` maps names to agent definitions. A `shell` toolset is code
/// execution; the other toolsets (`filesystem`, `think`, `mcp`, ...) are tools.
/// `permissions` is accepted and not modelled: its rule syntax is not Claude Code's.
/// The agent's root is the file's directory.
struct DockerAgentReader: FormatReader {
    let format = FileFormat.dockerAgent

    func claims(_ file: PathName) -> Bool { false }

    func mayClaimByContent(path: String) -> Bool {
        let name = ProjectPath.fileName(of: path)
        return name == "agent.yaml" || name == "agent.yml"
    }

    func claims(documents: [YAMLNode]) -> Bool {
        guard let agents = documents.first?["agents"]?.mapping, !agents.isEmpty else { return false }
        return agents.contains { pair in
            ["model", "instruction", "toolsets", "sub_agents"].contains { pair.value.pair($0) != nil }
        }
    }

    func agentRoot(of path: String) -> String? { ProjectPath.directory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first, let agents = root["agents"]?.mapping else { return }
        let sandboxed = file.bool("sandbox", in: root["runtime"])
        for pair in agents {
            guard let name = pair.key.string else { continue }
            let location = file.location(pair.key)
            guard pair.value.mapping != nil else {
                diagnostics.append(InputDiagnostic("agent '\(name)' should be a mapping with model and instruction; ignored",
                                                   at: location, kind: .warning))
                continue
            }
            var agent = FrameworkAgent(framework: .dockerAgent, name: name, location: location)
            agent.role = file.string("description", in: pair.value)
            agent.maxIterations = file.int("max_iterations", in: pair.value)
            agent.subAgents = file.strings("sub_agents", in: pair.value)
            agent.codeExecution.sandboxed = sandboxed
            for toolset in pair.value["toolsets"]?.sequence ?? [] {
                guard let type = toolset.pair("type"), let kind = type.value.string else { continue }
                if kind == "shell" {
                    agent.codeExecution.allowed = Located(true, at: file.location(type.key))
                } else {
                    let name = kind == "mcp" ? toolset["ref"]?.string ?? toolset["command"]?.string ?? kind : kind
                    agent.tools.append(Located(name, at: file.location(type.key)))
                }
            }
            facts.frameworkAgents.append(agent)
        }
    }
}
