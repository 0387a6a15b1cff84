@testable import PreflightCore
import XCTest

/// The dotenv reader: `KEY=VALUE` lines into the agent's environment, located at their values.
final class DotEnvReaderTests: XCTestCase {
    private func at(_ line: Int, _ column: Int, in path: String = ".env") -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private var dotEnv: FileOutcome {
        ReaderHarness.load(".env", """
            # local settings
            export OPENAI_API_KEY=sk-proj-abc
            DATABASE_URL = "postgres://u:p@h/db" # trailing comment
            GREETING='hello # not a comment'
            PRIVATE_KEY="-----BEGIN KEY-----
            abc\\ndef
            -----END KEY-----"
            NOTE=plain value # comment
            EMPTY=
            BARE_KEY
            this line is wrong
              INDENTED=yes
            """)
    }

    func testClaimsDotEnvNamesButNotCodeOrEncryptedFiles() {
        let reader = DotEnvReader()
        for name in [".env", ".env.local", ".env.production", "config/prod.env", ".env.example", "deploy/.env.staging"] {
            XCTAssertTrue(reader.claims(path: name), name)
        }
        for name in [".envrc", ".env.json", ".env.ts", ".env.gpg", "env.py", "src/environment.ts", ".env.local.swp"] {
            XCTAssertFalse(reader.claims(path: name), name)
        }
    }

    func testTemplatesAreRecognisedByName() {
        XCTAssertTrue(DotEnvReader.isTemplate(".env.example"))
        XCTAssertTrue(DotEnvReader.isTemplate("app/.env.production.sample"))
        XCTAssertTrue(DotEnvReader.isTemplate("example.env"))
        XCTAssertTrue(DotEnvReader.isTemplate(".env.dist"))
        XCTAssertFalse(DotEnvReader.isTemplate(".env.local"))
        XCTAssertFalse(DotEnvReader.isTemplate("prod.env"))
    }

    func testValuesAreReadAndLocated() {
        let environment = dotEnv.facts.environment
        XCTAssertEqual(environment.map(\.name), ["OPENAI_API_KEY", "DATABASE_URL", "GREETING", "PRIVATE_KEY", "NOTE", "EMPTY", "INDENTED"])
        XCTAssertEqual(environment.map(\.value), [
            "sk-proj-abc", "postgres://u:p@h/db", "hello # not a comment", "-----BEGIN KEY-----\nabc\ndef\n-----END KEY-----",
            "plain value", "", "yes",
        ])
        XCTAssertEqual(environment.map(\.location), [at(2, 23), at(3, 16), at(4, 10), at(5, 13), at(8, 6), at(9, 1), at(12, 12)])
        XCTAssertEqual(Set(environment.map(\.origin)), [".env file .env"])
        XCTAssertEqual(Set(environment.map(\.envFile)), [.settings])
    }

    func testMalformedLinesAreWarnedAboutWhereTheyStart() {
        let outcome = dotEnv
        XCTAssertEqual(outcome.format, .dotEnv)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.diagnostics, [InputDiagnostic("not a KEY=VALUE line; ignored", at: at(11, 1), kind: .warning)])
    }

    func testTemplateValuesAreMarked() {
        let outcome = ReaderHarness.load("agent/.env.example", """
            ANTHROPIC_API_KEY=your-key-here
            OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318
            """)
        XCTAssertEqual(outcome.facts.environment.map(\.envFile), [.template, .template])
        XCTAssertEqual(outcome.facts.environment.last?.location, at(2, 29, in: "agent/.env.example"))
    }

    func testAnUnclosedQuoteStopsTheReadWithAWarning() {
        let outcome = ReaderHarness.load(".env.local", """
            FIRST=1
            SECOND="never closed
            THIRD=3
            """)
        XCTAssertEqual(outcome.facts.environment.map(\.name), ["FIRST"])
        XCTAssertEqual(outcome.diagnostics, [InputDiagnostic("quoted value never closed; the rest of the file is not read",
                                                             at: at(2, 8, in: ".env.local"), kind: .warning)])
    }

    /// The reader works on UTF-8 bytes: non-ASCII characters in values are kept whole (an
    /// escaped one with its escape), and a non-ASCII character where a name or `=` belongs
    /// makes the line malformed, reported at the column of its first character.
    func testNonASCIILinesAreReadAsCharacters() {
        let outcome = ReaderHarness.load(".env", """
            GRÜSSE=1
              ÉTÉ=été
            CITY=Zürich  # Schweiz
            QUOTED="naïve \\é \\n café
            résumé"
            SINGLE='ünïcödé \\x'
            """)
        XCTAssertEqual(outcome.facts.environment.map(\.name), ["CITY", "QUOTED", "SINGLE"])
        XCTAssertEqual(outcome.facts.environment.map(\.value), ["Zürich", "naïve \\é \n café\nrésumé", "ünïcödé \\x"])
        XCTAssertEqual(outcome.facts.environment.map(\.location), [at(3, 6), at(4, 8), at(6, 8)])
        XCTAssertEqual(outcome.diagnostics, [InputDiagnostic("not a KEY=VALUE line; ignored", at: at(1, 1), kind: .warning),
                                             InputDiagnostic("not a KEY=VALUE line; ignored", at: at(2, 3), kind: .warning)])
    }
}
