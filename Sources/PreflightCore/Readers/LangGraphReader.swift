import YAML

/// Reads LangGraph deployment configurations (`langgraph.json`): the graphs served, the
/// custom `auth` handler and `disable_studio_auth`, `dockerfile_lines`, and `env` (a file
/// path, or variables written inline, which join the agent's environment so the secret
/// checks see them). `dependencies`, `http`, `store`, `checkpointer`, `base_image` and
/// `python_version` are accepted and not modelled. The agent's root is the file's directory.
struct LangGraphReader: FormatReader {
    let format = FileFormat.langGraph

    func claims(_ file: PathName) -> Bool { file.name == "langgraph.json" }

    func agentRoot(of path: String) -> String? { ProjectPath.directory(of: path) }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first, root.mapping != nil else {
            let start = file.documents.first.map { file.location($0) } ?? SourceLocation(path: file.path, line: 1, column: 1)
            diagnostics.append(InputDiagnostic("expected a JSON object with 'dependencies' and 'graphs'; not read", at: start, kind: .warning))
            return
        }
        var deployment = LangGraphDeployment(location: file.location(root))
        if let graphs = root.pair("graphs") {
            deployment.graphsKey = file.location(graphs.key)
            deployment.graphs = (graphs.value.mapping ?? []).compactMap { pair in
                pair.key.string.map { Located($0, at: file.location(pair.key)) }
            }
        } else {
            diagnostics.append(InputDiagnostic("no 'graphs' key: expected the graphs this deployment serves",
                                               at: file.location(root), kind: .warning))
        }
        if let auth = root.pair("auth") {
            deployment.authSection = file.location(auth.key)
            deployment.authPath = file.string("path", in: auth.value)
            deployment.disableStudioAuth = file.bool("disable_studio_auth", in: auth.value)
        }
        if let env = root["env"] {
            if env.mapping != nil {
                facts.environment += file.variables(env, origin: "langgraph.json env")
            } else if let path = env.string, !env.isNull {
                deployment.envFile = Located(path, at: file.location(env))
            }
        }
        deployment.dockerfileLines = file.strings("dockerfile_lines", in: root)
        facts.langGraphDeployments.append(deployment)
    }
}
