import PreflightCore

/// PF-SC-012: the `.gitignore` files covering the agent keep its local secret files out of
/// commits: a `.env` in the agent's directory and, when the agent has Claude Code settings,
/// the personal `.claude/settings.local.json` beside them.
///
/// A path is judged as git would judge it (``IgnoreRules``). When a `!` pattern re-includes
/// a path, the failure points at that pattern; when nothing ignores it, at the start of the
/// nearest `.gitignore` (the file that needs the line). Without any `.gitignore` the answer
/// is unknown: nothing in the project says what git would commit.
struct GitignoreCoversLocalSecrets: Check {
    static let description = CheckDescription(
        id: "PF-SC-012",
        title: ".gitignore keeps local secret files out of commits",
        area: .supplyChain,
        severity: .medium,
        question: "Would git refuse to commit the agent's .env file and personal agent settings?",
        rationale: """
            Agent projects grow local files full of credentials: a `.env` with API keys, and Claude Code's \
            `settings.local.json` with personal permissions and environment. They are safe only while they \
            stay local, and one `git add .` publishes them unless `.gitignore` names them. Ignoring them up \
            front is cheaper than rotating every key after a leak.
            """,
        remediation: Remediation(
            "Add the local files to the repository's .gitignore.",
            snippet: """
                .env
                .env.*
                !.env.example
                .claude/settings.local.json
                """),
        references: ["OWASP LLM02", "OWASP ASI03", "NIST AI RMF MEASURE 2.7", "ISO/IEC 42001 A.6.2.5"],
        passingExamples: [
            ExampleProject([
                (".gitignore", """
                    node_modules/
                    dist/
                    .env
                    .env.*
                    !.env.example
                    .claude/settings.local.json
                    """),
                (".claude/settings.json", """
                    {
                      "permissions": {
                        "deny": ["Read(./.env*)", "Read(~/.ssh/**)"]
                      }
                    }
                    """),
            ]),
            ExampleProject([
                (".gitignore", """
                    __pycache__/
                    **/.env*
                    *.local.json
                    """),
                ("agents/support/.claude/settings.json", """
                    {"permissions": {"ask": ["Bash(git push:*)"]}}
                    """),
            ]),
        ],
        failingExamples: [
            ExampleProject([
                (".gitignore", """
                    ↓node_modules/
                    dist/
                    *.log
                    """),
                (".claude/settings.json", """
                    {
                      "permissions": {
                        "allow": ["Bash(npm run test:*)"]
                      }
                    }
                    """),
            ]),
            ExampleProject([
                (".gitignore", """
                    .env*
                    # compose reads its defaults from .env, so that one is committed
                    ↓!.env
                    """),
                ("docker-compose.yml", """
                    services:
                      agent:
                        image: ghcr.io/acme/support-agent:2.3.1
                        env_file: .env
                    """),
            ]),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let files = agent.ignoreFiles
        guard let nearest = files.max(by: { GitignoreCoversLocalSecrets.depth($0.directory) < GitignoreCoversLocalSecrets.depth($1.directory) }) else {
            return .unknown("no evidence: no .gitignore covers the agent, so nothing keeps local secret files out of commits")
        }
        let rules = IgnoreRules(files)
        let base = agent.path == "." ? "" : agent.path + "/"
        let claudeProjects = Set(agent.files.compactMap(GitignoreCoversLocalSecrets.claudeProject(of:)))
        let required = [base + ".env"] + claudeProjects.sorted().map { $0 + ".claude/settings.local.json" }
        var missing: [SourceLocation: [String]] = [:]
        var shown: [Evidence] = []
        for path in required {
            let verdict = rules.verdict(for: path)
            if let verdict, verdict.ignored {
                shown.append(Evidence("\(path) ignored by \(verdict.pattern.value)", at: verdict.pattern.location))
            } else if let verdict {
                missing[verdict.pattern.location, default: []].append("\(verdict.pattern.value) re-includes \(path)")
            } else {
                missing[nearest.location, default: []].append("nothing ignores \(path)")
            }
        }
        guard missing.isEmpty else {
            return .fail("local secret files are not ignored",
                         evidence: missing.sorted { $0.key < $1.key }.map { Evidence($0.value.joined(separator: "; "), at: $0.key) })
        }
        return .pass("\(required.joined(separator: " and ")) ignored", evidence: shown)
    }

    /// The project directory (with a trailing `/`, empty for the root) of a Claude Code
    /// settings file at `path`; nil for any other file.
    private static func claudeProject(of path: String) -> String? {
        for suffix in [".claude/settings.json", ".claude/settings.local.json"] where path == suffix || path.hasSuffix("/" + suffix) {
            return String(path.dropLast(suffix.count))
        }
        return nil
    }

    /// How many components a relative directory has (`.` has none).
    private static func depth(_ directory: String) -> Int {
        directory == "." ? 0 : directory.split(separator: "/").count
    }
}
