import PreflightCore

/// PF-ID-009: an A2A Agent Card declares how callers authenticate, and requires it for
/// every interface.
struct AgentCardRequiresAuthentication: Check {
    static let description = CheckDescription(
        id: "PF-ID-009",
        title: "Agent Card requires callers to authenticate",
        area: .identity,
        severity: .critical,
        question: "Must every agent that calls this one over A2A prove who it is first?",
        rationale: """
            An Agent Card without security schemes, or with schemes no requirement applies, tells every client \
            that the agent takes tasks from anyone who can reach it. Any agent, or anyone posing as one, can then \
            hand it instructions and read its results, and nothing ties a request to an accountable caller. \
            Requirements must be card-wide, or set on every skill, with no empty alternative that lets callers in anonymously.
            """,
        remediation: Remediation(
            "Declare the schemes callers use under `securitySchemes` and require one for the whole card in `securityRequirements` (`security` in v0.3 cards).",
            snippet: """
                {
                  "securitySchemes": {
                    "oidc": {"openIdConnectSecurityScheme": {"openIdConnectUrl": "https://login.acme.example/.well-known/openid-configuration"}}
                  },
                  "securityRequirements": [{"schemes": {"oidc": {"list": ["openid", "invoices.read"]}}}]
                }
                """),
        references: ["OWASP ASI07", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "EU AI Act Art. 15"],
        passingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Invoice Reconciliation Agent",
                  "version": "2.4.0",
                  "supportedInterfaces": [{"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  "securitySchemes": {
                    "oidc": {"openIdConnectSecurityScheme": {"openIdConnectUrl": "https://login.acme.example/.well-known/openid-configuration"}}
                  },
                  "securityRequirements": [{"schemes": {"oidc": {"list": ["openid", "invoices.read"]}}}],
                  "skills": [{"id": "match-invoice", "name": "Match invoice", "description": "Matches one invoice.", "tags": ["finance"]}]
                }
                """),
            ExampleProject(".well-known/agent.json", """
                {
                  "name": "Travel Planner",
                  "url": "https://travel.example.com/a2a",
                  "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
                  "skills": [
                    {"id": "search", "name": "Search trips", "description": "Finds trips.", "tags": [], "security": [{"bearer": ["trips.read"]}]},
                    {"id": "book", "name": "Book trip", "description": "Books a trip.", "tags": [], "security": [{"bearer": ["trips.write"]}]}
                  ]
                }
                """),
        ],
        failingExamples: [
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Travel Planner",
                  "version": "0.9.2",
                  ↓"supportedInterfaces": [{"url": "https://travel.example.com/a2a", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  "skills": [{"id": "book", "name": "Book trip", "description": "Books a trip.", "tags": ["travel"]}]
                }
                """),
            ExampleProject(".well-known/agent-card.json", """
                {
                  "name": "Travel Planner",
                  "supportedInterfaces": [{"url": "https://travel.example.com/a2a", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"}],
                  ↓"securitySchemes": {"bearer": {"httpAuthSecurityScheme": {"scheme": "Bearer", "bearerFormat": "JWT"}}},
                  "skills": [
                    {"id": "search", "name": "Search trips", "description": "Finds trips.", "tags": [],
                     "securityRequirements": [{"schemes": {"bearer": {"list": ["trips.read"]}}}]},
                    {"id": "book", "name": "Book trip", "description": "Books a trip.", "tags": []}
                  ]
                }
                """),
            ExampleProject(".well-known/agent.json", """
                {
                  "name": "Travel Planner",
                  "url": "https://travel.example.com/a2a",
                  "securitySchemes": {"oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://auth.example.com/token", "scopes": {}}}}},
                  "security": [{"oauth": ["trips.write"]}, ↓{}, ↓{"partner": []}]
                }
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        guard !agent.agentCards.isEmpty else {
            return .notApplicable("no A2A Agent Card")
        }
        var gaps: [Evidence] = []
        var shown: [Evidence] = []
        for card in agent.agentCards {
            guard !card.securitySchemes.isEmpty else {
                gaps.append(Evidence("no security schemes: any caller is accepted",
                                     at: card.securitySchemesKey ?? card.interfacesKey ?? card.location))
                continue
            }
            let declared = Set(card.securitySchemes.map(\.name))
            let cardWide = AgentCardRequiresAuthentication.judge(card.securityRequirements, declared: declared, gaps: &gaps)
            if let key = card.securityRequirementsKey {
                if cardWide {
                    shown.append(Evidence("every interface requires authentication", at: key))
                } else if card.securityRequirements.isEmpty {
                    gaps.append(Evidence("empty requirement list: no scheme is required", at: key))
                }
                continue
            }
            var everySkill = !card.skills.isEmpty
            for skill in card.skills {
                if AgentCardRequiresAuthentication.judge(skill.requirements, declared: declared, gaps: &gaps) {
                    shown.append(Evidence("skill \(skill.name) requires authentication", at: skill.location))
                } else {
                    everySkill = false
                }
            }
            if !everySkill {
                gaps.append(Evidence("schemes declared but not required for every interface", at: card.securitySchemesKey ?? card.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("the Agent Card lets callers in without authenticating", evidence: gaps)
        }
        return .pass("every A2A interface requires a declared security scheme", evidence: shown)
    }

    /// Whether `requirements` demand authentication: at least one alternative, each naming
    /// only declared schemes. An empty alternative (anonymous access) or an undeclared
    /// scheme is a gap at that alternative.
    static func judge(_ requirements: [AgentCard.SecurityRequirement], declared: Set<String>, gaps: inout [Evidence]) -> Bool {
        var sound = !requirements.isEmpty
        for requirement in requirements {
            if requirement.schemes.isEmpty {
                gaps.append(Evidence("empty requirement: callers may skip authentication", at: requirement.location))
                sound = false
            } else if let unknown = requirement.schemes.first(where: { !declared.contains($0) }) {
                gaps.append(Evidence("requires scheme \(unknown), which securitySchemes does not declare", at: requirement.location))
                sound = false
            }
        }
        return sound
    }
}
