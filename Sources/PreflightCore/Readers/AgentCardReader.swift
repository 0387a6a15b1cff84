import YAML

/// Reads A2A Agent Cards at `.well-known/agent-card.json` (v0.3 on) and
/// `.well-known/agent.json` (earlier), in the v1.0 shape (`supportedInterfaces`,
/// `securitySchemes` holding one `…SecurityScheme` object each, `securityRequirements`)
/// and the v0.3 shape (`url`, `additionalInterfaces`, OpenAPI-style `securitySchemes` with
/// a `type`, `security`). The agent's root is the directory holding `.well-known`.
struct AgentCardReader: FormatReader {
    let format = FileFormat.agentCard

    /// v1.0 scheme wrappers and the kind each stands for (v0.3's `type` values).
    static let schemeKinds: [(key: String, kind: String)] = [
        ("apiKeySecurityScheme", "apiKey"), ("httpAuthSecurityScheme", "http"), ("oauth2SecurityScheme", "oauth2"),
        ("openIdConnectSecurityScheme", "openIdConnect"), ("mtlsSecurityScheme", "mutualTLS"),
    ]

    func claims(_ file: PathName) -> Bool {
        (file.name == "agent-card.json" || file.name == "agent.json") && file.folder == ".well-known"
    }

    func agentRoot(of path: String) -> String? { ProjectPath.project(of: path, inFolder: ".well-known") }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        guard let root = file.documents.first, root.mapping != nil else {
            let start = file.documents.first.map { file.location($0) } ?? SourceLocation(path: file.path, line: 1, column: 1)
            diagnostics.append(InputDiagnostic("expected a JSON object: an A2A Agent Card with name, skills and interfaces; not read",
                                               at: start, kind: .warning))
            return
        }
        var card = AgentCard(location: file.location(root))
        card.name = file.string("name", in: root)
        card.version = file.string("version", in: root)
        card.provider = file.location(ofKey: "provider", in: root)
        card.providerOrganization = file.string("organization", in: root["provider"])
        readInterfaces(root, file: file, into: &card)
        readSchemes(root, file: file, into: &card, diagnostics: &diagnostics)
        let cardRequirements = requirementKey(in: root)
        card.securityRequirementsKey = cardRequirements.flatMap { file.location(ofKey: $0, in: root) }
        card.securityRequirements = cardRequirements.map { requirements(root[$0], file: file) } ?? []
        if let signatures = root.pair("signatures") {
            card.signatures = Located(signatures.value.sequence?.count ?? 0, at: file.location(signatures.key))
        }
        for skill in root["skills"]?.sequence ?? [] where skill.mapping != nil {
            let name = skill["id"]?.string ?? skill["name"]?.string ?? "skill"
            let own = requirementKey(in: skill).map { requirements(skill[$0], file: file) } ?? []
            card.skills.append(AgentCard.Skill(name: name, location: file.location(skill), requirements: own))
        }
        facts.agentCards.append(card)
    }

    /// v1.0 `supportedInterfaces[{url, protocolBinding}]`; v0.3 top-level `url` (with
    /// `preferredTransport`) and `additionalInterfaces[{url, transport}]`.
    private func readInterfaces(_ root: YAMLNode, file: LoadedFile, into card: inout AgentCard) {
        if let url = located(root["url"], file: file) {
            card.interfaces.append(AgentCard.Interface(url: url, binding: root["preferredTransport"]?.string))
        }
        for key in ["supportedInterfaces", "additionalInterfaces"] {
            for item in root[key]?.sequence ?? [] {
                guard let url = located(item["url"], file: file) else { continue }
                let binding = item["protocolBinding"]?.string ?? item["transport"]?.string
                card.interfaces.append(AgentCard.Interface(url: url, binding: binding))
            }
        }
        card.interfacesKey = file.location(ofKey: "supportedInterfaces", in: root) ?? file.location(ofKey: "url", in: root)
    }

    /// `securitySchemes`: each named scheme with its kind, from v1.0's wrapper key or v0.3's `type`.
    private func readSchemes(_ root: YAMLNode, file: LoadedFile, into card: inout AgentCard, diagnostics: inout [InputDiagnostic]) {
        guard let section = root.pair("securitySchemes") else { return }
        card.securitySchemesKey = file.location(section.key)
        guard let schemes = section.value.mapping else {
            if !section.value.isNull {
                diagnostics.append(InputDiagnostic("'securitySchemes' should map each scheme's name to its definition; not read",
                                                   at: file.location(section.key), kind: .warning))
            }
            return
        }
        for pair in schemes {
            guard let name = pair.key.string else { continue }
            let wrapped = AgentCardReader.schemeKinds.filter { pair.value[$0.key]?.mapping != nil }
            let kind = wrapped.count == 1 ? wrapped[0].kind : pair.value["type"]?.string
            guard let kind else {
                let note = wrapped.count > 1 ? "holds more than one scheme; it must hold exactly one" : "has no recognised scheme"
                diagnostics.append(InputDiagnostic("security scheme '\(name)' \(note); ignored", at: file.location(pair.key), kind: .warning))
                continue
            }
            card.securitySchemes.append(AgentCard.SecurityScheme(name: name, kind: kind, location: file.location(pair.key)))
        }
    }

    /// The requirement key an object uses: v1.0 `securityRequirements`, else v0.3 `security`.
    private func requirementKey(in node: YAMLNode) -> String? {
        ["securityRequirements", "security"].first { node.pair($0) != nil }
    }

    /// Each alternative of a requirement list: v1.0 `{"schemes": {name: {"list": [...]}}}`
    /// or v0.3 `{name: [scopes]}`.
    private func requirements(_ node: YAMLNode?, file: LoadedFile) -> [AgentCard.SecurityRequirement] {
        (node?.sequence ?? []).compactMap { item in
            guard let pairs = item.mapping else { return nil }
            let named = item["schemes"]?.mapping ?? pairs
            return AgentCard.SecurityRequirement(schemes: named.compactMap(\.key.string), location: file.location(item))
        }
    }

    /// A non-empty scalar, located at the value.
    private func located(_ node: YAMLNode?, file: LoadedFile) -> Located<String>? {
        guard let node, let text = node.string, !node.isNull, !text.isEmpty else { return nil }
        return Located(text, at: file.location(node))
    }
}
