import PreflightCore

/// PF-SC-011: no dotenv file that would be committed holds a literal credential.
///
/// A dotenv file that a `.gitignore` covering it ignores is a developer's local file: its
/// secrets pass, with a note naming the file local. Any other settings file (`.env`,
/// `.env.production`, `deploy/prod.env`) with a secret fails at the value. Templates
/// (`.env.example`, `.env.sample`, `.env.template`, `.env.dist`) hold example values and are
/// not judged; nor are values encrypted in place (`ENC[...]`, as sops writes them). The
/// scan cannot see git's index, so a file committed before it was ignored passes as local.
/// Not applicable without a dotenv settings file.
struct NoSecretsInCommittedEnvFiles: Check {
    static let description = CheckDescription(
        id: "PF-SC-011",
        title: "No secrets in committed .env files",
        area: .supplyChain,
        severity: .critical,
        question: "Does any .env file that git would commit hold a real credential?",
        rationale: """
            A `.env` file is meant to stay on one machine, but unless `.gitignore` says so, `git add .` \
            commits it, and from then on the keys in it are in every clone, fork and CI cache, and in the \
            repository's history even after the file is deleted. Coding agents read the workspace too, so a \
            committed key is one prompt away from being repeated. Ignored local files are fine; committed \
            ones must hold only references.
            """,
        remediation: Remediation(
            "Ignore the file, remove it from git (`git rm --cached .env`), rotate every key it held, and commit a `.env.example` with empty values instead.",
            snippet: """
                # .gitignore
                .env
                .env.*
                !.env.example
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "ISO/IEC 42001 A.6.2.5"],
        passingExamples: [
            ExampleProject([
                (".gitignore", """
                    node_modules/
                    .env
                    .env.*
                    !.env.example
                    """),
                (".env", """
                    # local development keys, never committed
                    ANTHROPIC_API_KEY=sk-ant-api03-Xq7vR2mNp9LkW4tY8sJb3cHd6fGz1aQe5uIo0
                    OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318
                    """),
                (".env.example", """
                    ANTHROPIC_API_KEY=
                    OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318
                    """),
            ]),
            ExampleProject("deploy/staging.env", """
                LOG_LEVEL=info
                ZENDESK_SUBDOMAIN=acme-support
                ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}
                """),
        ],
        failingExamples: [
            ExampleProject([
                (".gitignore", """
                    node_modules/
                    .env.local
                    """),
                (".env", """
                    export GITHUB_TOKEN=↓ghp_R8m2Kx7Qp4Vn9Lw3Ts6Yb1Hc5Jd0Fg2Az7Eu
                    DATABASE_URL=↓"postgres://agent:Tr0ub4dor-77@db.internal:5432/support"
                    LOG_LEVEL=debug # verbose while testing
                    """),
            ]),
            ExampleProject([
                (".gitignore", """
                    *.env
                    !deploy/*.env
                    """),
                ("deploy/production.env", """
                    STRIPE_SECRET_KEY=↓'sk_live_4eC39HqLyjWDarjtT1zdp7dcTq8Lm2'
                    OTEL_EXPORTER_OTLP_ENDPOINT=https://otel.acme.internal:4318
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let dotEnv = agent.environment.filter { $0.envFile != nil }
        let settings = dotEnv.filter { $0.envFile == .settings }
        guard !settings.isEmpty else {
            return .notApplicable(dotEnv.isEmpty ? "no .env file" : "only .env templates, whose values are examples")
        }
        // The ignore rules are compiled only for an agent with a secret in a .env file.
        var rules: IgnoreRules?
        var gaps: [Evidence] = []
        var local: [Evidence] = []
        for variable in settings where !variable.value.hasPrefix("ENC[") {
            guard let match = variable.secret else { continue }
            let path = variable.location.path
            let kind = match.kind == "credential in \(variable.name)" ? "credential" : match.kind
            let ignoreRules = rules ?? IgnoreRules(agent.ignoreFiles)
            rules = ignoreRules
            if let verdict = ignoreRules.verdict(for: path), verdict.ignored {
                local.append(Evidence("\(variable.name) is in \(path), a local file: .gitignore ignores it (\(verdict.pattern.value) at \(verdict.pattern.location))",
                                      at: variable.location))
            } else {
                gaps.append(Evidence("\(kind) \(Secrets.mask(match.secret)) in \(variable.name), and no .gitignore ignores \(path)",
                                     at: variable.location))
            }
        }
        guard gaps.isEmpty else {
            return .fail("\(gaps.count) literal secret(s) in .env files that would be committed", evidence: gaps)
        }
        let files = Set(settings.map(\.location.path)).sorted()
        guard local.isEmpty else {
            return .pass("secrets only in local .env files that .gitignore keeps out of commits", evidence: local)
        }
        return .pass("no literal secret in \(files.joined(separator: ", "))",
                     evidence: files.compactMap { path in settings.first { $0.location.path == path }.map { Evidence(path, at: $0.location) } })
    }
}
