@testable import PreflightCore
import XCTest

/// The A2A Agent Card reader: v1.0 and v0.3 shapes, locations and warnings.
final class AgentCardReaderTests: XCTestCase {
    func testVersionOneCardIsReadWithEveryLocation() throws {
        let path = ".well-known/agent-card.json"
        let outcome = ReaderHarness.load(path, """
            {
              "name": "Invoice Reconciliation Agent",
              "description": "Matches supplier invoices to purchase orders.",
              "version": "2.4.0",
              "provider": {"organization": "Acme Finance", "url": "https://finance.acme.example"},
              "supportedInterfaces": [
                {"url": "https://agents.acme.example/a2a/v1", "protocolBinding": "JSONRPC", "protocolVersion": "1.0"},
                {"url": "http://agents.acme.example:8080/grpc", "protocolBinding": "GRPC", "protocolVersion": "1.0"}
              ],
              "securitySchemes": {
                "oidc": {"openIdConnectSecurityScheme": {"openIdConnectUrl": "https://login.acme.example/.well-known/openid-configuration"}},
                "partnerKey": {"apiKeySecurityScheme": {"location": "header", "name": "X-API-Key"}}
              },
              "securityRequirements": [{"schemes": {"oidc": {"list": ["openid", "invoices.read"]}}}],
              "skills": [
                {"id": "match-invoice", "name": "Match invoice", "description": "Matches one invoice.", "tags": ["finance"]},
                {"id": "schedule-payment", "name": "Schedule payment", "description": "Schedules a payment.", "tags": ["finance"],
                 "securityRequirements": [{"schemes": {"partnerKey": {"list": []}}}]}
              ],
              "signatures": [{"protected": "eyJhbGciOiJFUzI1NiJ9", "signature": "MEUCIQDx"}]
            }
            """)
        XCTAssertEqual(outcome.format, .agentCard)
        XCTAssertEqual(outcome.agentRoot, ".")
        XCTAssertEqual(outcome.diagnostics, [])
        let card = try XCTUnwrap(outcome.facts.agentCards.first)
        XCTAssertEqual(ReaderHarness.at(card.location), "\(path):1:1")
        XCTAssertEqual(card.name?.value, "Invoice Reconciliation Agent")
        XCTAssertEqual(ReaderHarness.at(card.name?.location), "\(path):2:3")
        XCTAssertEqual(ReaderHarness.at(card.version?.location), "\(path):4:3")
        XCTAssertEqual(ReaderHarness.at(card.provider), "\(path):5:3")
        XCTAssertEqual(card.providerOrganization?.value, "Acme Finance")
        XCTAssertEqual(ReaderHarness.at(card.providerOrganization?.location), "\(path):5:16")
        XCTAssertEqual(ReaderHarness.at(card.interfacesKey), "\(path):6:3")
        XCTAssertEqual(card.interfaces.map(\.url.value), ["https://agents.acme.example/a2a/v1", "http://agents.acme.example:8080/grpc"])
        XCTAssertEqual(card.interfaces.map(\.binding), ["JSONRPC", "GRPC"])
        XCTAssertEqual(card.interfaces.map { $0.url.location.description }, ["\(path):7:13", "\(path):8:13"])
        XCTAssertEqual(ReaderHarness.at(card.securitySchemesKey), "\(path):10:3")
        XCTAssertEqual(card.securitySchemes.map(\.name), ["oidc", "partnerKey"])
        XCTAssertEqual(card.securitySchemes.map(\.kind), ["openIdConnect", "apiKey"])
        XCTAssertEqual(card.securitySchemes.map { $0.location.description }, ["\(path):11:5", "\(path):12:5"])
        XCTAssertEqual(ReaderHarness.at(card.securityRequirementsKey), "\(path):14:3")
        XCTAssertEqual(card.securityRequirements.map(\.schemes), [["oidc"]])
        XCTAssertEqual(ReaderHarness.at(card.securityRequirements.first?.location), "\(path):14:28")
        XCTAssertEqual(card.skills.map(\.name), ["match-invoice", "schedule-payment"])
        XCTAssertEqual(card.skills.map { $0.location.description }, ["\(path):16:5", "\(path):17:5"])
        XCTAssertEqual(card.skills.map { $0.requirements.map(\.schemes) }, [[], [["partnerKey"]]])
        XCTAssertEqual(ReaderHarness.at(card.skills.last?.requirements.first?.location), "\(path):18:31")
        XCTAssertEqual(card.signatures?.value, 1)
        XCTAssertEqual(ReaderHarness.at(card.signatures?.location), "\(path):20:3")
    }

    func testVersionZeroThreeCardWithTopLevelURLAndOpenAPISchemes() throws {
        let path = "services/travel/.well-known/agent.json"
        let outcome = ReaderHarness.load(path, """
            {
              "protocolVersion": "0.3.0",
              "name": "Travel Planner",
              "url": "https://travel.example.com/a2a",
              "preferredTransport": "JSONRPC",
              "additionalInterfaces": [
                {"url": "https://travel.example.com/a2a", "transport": "JSONRPC"},
                {"url": "http://travel.example.com/a2a/rest", "transport": "HTTP+JSON"}
              ],
              "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
              },
              "security": [{"bearer": []}],
              "skills": [{"id": "plan-trip", "name": "Plan trip", "description": "Plans a trip.", "tags": []}]
            }
            """)
        XCTAssertEqual(outcome.format, .agentCard)
        XCTAssertEqual(outcome.agentRoot, "services/travel")
        XCTAssertEqual(outcome.diagnostics, [])
        let card = try XCTUnwrap(outcome.facts.agentCards.first)
        XCTAssertNil(card.version)
        XCTAssertNil(card.provider)
        XCTAssertNil(card.signatures)
        XCTAssertEqual(ReaderHarness.at(card.interfacesKey), "\(path):4:3")
        XCTAssertEqual(card.interfaces.map { $0.url.location.description }, ["\(path):4:10", "\(path):7:13", "\(path):8:13"])
        XCTAssertEqual(card.interfaces.map(\.binding), ["JSONRPC", "JSONRPC", "HTTP+JSON"])
        XCTAssertEqual(card.securitySchemes.map(\.kind), ["http"])
        XCTAssertEqual(ReaderHarness.at(card.securityRequirementsKey), "\(path):13:3")
        XCTAssertEqual(card.securityRequirements.map(\.schemes), [["bearer"]])
        XCTAssertEqual(ReaderHarness.at(card.securityRequirements.first?.location), "\(path):13:16")
        XCTAssertEqual(card.skills.map { $0.requirements.count }, [0])
    }

    func testSchemesOfTwoKindsAndCardsThatAreNotObjectsAreReported() {
        let path = ".well-known/agent-card.json"
        let mixed = ReaderHarness.load(path, """
            {"name": "x", "securitySchemes": {"both": {"apiKeySecurityScheme": {}, "mtlsSecurityScheme": {}}}}
            """)
        XCTAssertEqual(mixed.facts.agentCards.first?.securitySchemes.count, 0)
        XCTAssertEqual(mixed.diagnostics.map(\.message), ["security scheme 'both' holds more than one scheme; it must hold exactly one; ignored"])
        XCTAssertEqual(mixed.diagnostics.map { $0.location.description }, ["\(path):1:35"])

        let list = ReaderHarness.load(path, "[]")
        XCTAssertEqual(list.format, .agentCard)
        XCTAssertEqual(list.facts.agentCards.count, 0)
        XCTAssertEqual(list.diagnostics.map(\.kind), [.warning])
    }

    func testAgentJSONOutsideWellKnownIsNotACard() {
        let outcome = ReaderHarness.load("config/agent.json", #"{"name": "not a card"}"#)
        XCTAssertNil(outcome.format)
        XCTAssertEqual(outcome.facts.agentCards.count, 0)
    }
}
