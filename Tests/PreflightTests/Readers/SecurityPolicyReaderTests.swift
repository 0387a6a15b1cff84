@testable import PreflightCore
import XCTest

/// The SECURITY.md reader: the reporting channel, located; where the policy applies.
final class SecurityPolicyReaderTests: XCTestCase {
    func testAnEmailAddressIsTheChannelEvenBeforeALink() throws {
        let outcome = ReaderHarness.load("SECURITY.md", """
            # Security Policy

            ## Supported Versions

            Only the latest release of the support agent receives fixes.

            ## Reporting a Vulnerability

            Email security@acme.example with the details; see https://acme.example/security for our PGP key.
            """)
        XCTAssertEqual(outcome.format, .securityPolicy)
        XCTAssertEqual(outcome.scope, .repository)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.diagnostics, [])
        let policy = try XCTUnwrap(outcome.facts.repositoryEvidence.securityPolicies.first)
        XCTAssertEqual(policy.path, "SECURITY.md")
        XCTAssertEqual(policy.reportingChannel,
                       Located("security@acme.example", at: SourceLocation(path: "SECURITY.md", line: 9, column: 7)))
    }

    func testALinkIsAChannelAndAPolicyInDotGitHubCoversTheRoot() throws {
        let path = ".github/security.md"
        let outcome = ReaderHarness.load(path, """
            # Security

            Use https://github.com/acme/agent/security/advisories/new to tell us privately.
            """)
        XCTAssertEqual(outcome.coveredDirectory, ".")
        let policy = try XCTUnwrap(outcome.facts.repositoryEvidence.securityPolicies.first)
        XCTAssertEqual(policy.reportingChannel, Located("https://github.com/acme/agent/security/advisories/new",
                                                        at: SourceLocation(path: path, line: 3, column: 5)))
    }

    func testWordsAboutReportingAreTheLastResort() throws {
        let outcome = ReaderHarness.load("agents/billing/SECURITY.md", "# Security\n\nPlease report issues privately to the maintainers.\n")
        XCTAssertEqual(outcome.coveredDirectory, "agents/billing")
        let policy = try XCTUnwrap(outcome.facts.repositoryEvidence.securityPolicies.first)
        XCTAssertEqual(policy.reportingChannel,
                       Located("report", at: SourceLocation(path: "agents/billing/SECURITY.md", line: 3, column: 8)))
    }

    func testAPolicyWithoutAChannelHasNone() throws {
        let outcome = ReaderHarness.load("SECURITY.md", "# Security\n\nWe support version 2.x only; @acme/platform maintains it.\n")
        let policy = try XCTUnwrap(outcome.facts.repositoryEvidence.securityPolicies.first)
        XCTAssertNil(policy.reportingChannel)
    }

    func testMarkdownIsNeverReadAsYAMLNorMakesAnAgent() {
        let outcome = ReaderHarness.load("SECURITY.md", "apiVersion: preflight/v1\nkind: Agent\n")
        XCTAssertEqual(outcome.format, .securityPolicy)
        XCTAssertFalse(outcome.facts.hasManifest)
        XCTAssertNil(outcome.agentRoot)
    }
}
