@testable import PreflightCore
import XCTest
import YAML

/// Preflight's own TOML parser: the node trees it builds, their marks, and located errors.
final class TOMLParserTests: XCTestCase {
    private func parse(_ text: String) throws -> YAMLNode {
        try TOMLParser.parse(text)
    }

    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> YAMLError? {
        do {
            _ = try TOMLParser.parse(text)
            XCTFail("parsed without an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testCodexConfigurationTreeWithMarks() throws {
        let root = try parse("""
            # Codex project settings
            model = "gpt-5-codex"
            approval_policy = "on-request"

            [mcp_servers.github]
            command = "npx"
            args = [
              "-y",
              "@modelcontextprotocol/server-github@2025.4.8", # pinned
            ]
            env = { GITHUB_TOKEN = "${GITHUB_TOKEN}", LOG = 'debug' }

            [profiles.ci]
            sandbox_mode = "read-only"
            sandbox_workspace_write.network_access = false
            """)
        XCTAssertEqual(root.mark, Mark(line: 1, column: 1))
        XCTAssertEqual(root.mapping?.compactMap(\.key.string), ["model", "approval_policy", "mcp_servers", "profiles"])
        XCTAssertEqual(root.pair("model")?.key.mark, Mark(line: 2, column: 1))
        XCTAssertEqual(root["model"]?.string, "gpt-5-codex")
        XCTAssertEqual(root["model"]?.scalarStyle, .doubleQuoted)
        XCTAssertEqual(root["model"]?.mark, Mark(line: 2, column: 9))
        XCTAssertEqual(root["approval_policy"]?.mark, Mark(line: 3, column: 19))

        let servers = try XCTUnwrap(root.pair("mcp_servers"))
        XCTAssertEqual(servers.key.mark, Mark(line: 5, column: 2))
        let github = try XCTUnwrap(servers.value.pair("github"))
        XCTAssertEqual(github.key.mark, Mark(line: 5, column: 14))
        XCTAssertEqual(github.value.mark, Mark(line: 5, column: 1))
        XCTAssertEqual(github.value["command"]?.mark, Mark(line: 6, column: 11))
        let args = try XCTUnwrap(github.value["args"])
        XCTAssertEqual(args.mark, Mark(line: 7, column: 8))
        XCTAssertEqual(args.sequence?.compactMap(\.string), ["-y", "@modelcontextprotocol/server-github@2025.4.8"])
        XCTAssertEqual(args.sequence?.map(\.mark), [Mark(line: 8, column: 3), Mark(line: 9, column: 3)])
        let env = try XCTUnwrap(github.value["env"])
        XCTAssertEqual(env.mark, Mark(line: 11, column: 7))
        XCTAssertEqual(env.pair("GITHUB_TOKEN")?.key.mark, Mark(line: 11, column: 9))
        XCTAssertEqual(env["GITHUB_TOKEN"]?.mark, Mark(line: 11, column: 24))
        XCTAssertEqual(env["LOG"]?.string, "debug")
        XCTAssertEqual(env["LOG"]?.scalarStyle, .singleQuoted)
        XCTAssertEqual(env["LOG"]?.mark, Mark(line: 11, column: 49))

        let ci = try XCTUnwrap(root["profiles", "ci"])
        XCTAssertEqual(root.pair("profiles")?.key.mark, Mark(line: 13, column: 2))
        XCTAssertEqual(root["profiles"]?.pair("ci")?.key.mark, Mark(line: 13, column: 11))
        XCTAssertEqual(ci["sandbox_mode"]?.mark, Mark(line: 14, column: 16))
        let sandbox = try XCTUnwrap(ci.pair("sandbox_workspace_write"))
        XCTAssertEqual(sandbox.key.mark, Mark(line: 15, column: 1))
        XCTAssertEqual(sandbox.value.pair("network_access")?.key.mark, Mark(line: 15, column: 25))
        XCTAssertEqual(sandbox.value["network_access"]?.bool, false)
        XCTAssertEqual(sandbox.value["network_access"]?.mark, Mark(line: 15, column: 42))
    }

    func testStringsOfEveryKind() throws {
        let root = try parse(#"""
            basic = "tab\there \"quoted\" \u00E9 \U0001F600 back\\slash"
            literal = 'C:\Users\agent\'
            multi = """
            first line
              second "line" ""\
                continued"""
            raw = '''
            keeps \n as written
            '''
            quotes = """two before the end"""""
            empty = ""
            """#)
        XCTAssertEqual(root["basic"]?.string, "tab\there \"quoted\" é 😀 back\\slash")
        XCTAssertEqual(root["literal"]?.string, #"C:\Users\agent\"#)
        XCTAssertEqual(root["multi"]?.string, "first line\n  second \"line\" \"\"continued")
        XCTAssertEqual(root["multi"]?.scalarStyle, .doubleQuoted)
        XCTAssertEqual(root["raw"]?.string, "keeps \\n as written\n")
        XCTAssertEqual(root["raw"]?.scalarStyle, .singleQuoted)
        XCTAssertEqual(root["quotes"]?.string, "two before the end\"\"")
        XCTAssertEqual(root["empty"]?.string, "")
        XCTAssertEqual(root["empty"]?.isNull, false)
        XCTAssertEqual(root["raw"]?.mark, Mark(line: 7, column: 7))
        XCTAssertEqual(root.pair("quotes")?.key.mark, Mark(line: 10, column: 1))
    }

    func testNumbersBooleansAndDatesArePlainText() throws {
        let root = try parse("""
            count = 1_000
            negative = -17
            positive = +42
            hex = 0xDEAD_beef
            octal = 0o755
            binary = 0b1101
            zero = 0
            pi = 3.141_5
            exponent = 6.626e-34
            infinite = -inf
            missing = nan
            on = true
            off = false
            date = 1979-05-27
            stamp = 1979-05-27 07:32:00Z
            local = 1979-05-27T00:32:00.999999-07:00
            time = 07:32:00
            """)
        XCTAssertEqual(root["count"]?.int, 1000)
        XCTAssertEqual(root["count"]?.string, "1000")
        XCTAssertEqual(root["negative"]?.int, -17)
        XCTAssertEqual(root["positive"]?.int, 42)
        XCTAssertEqual(root["hex"]?.int, 0xDEAD_BEEF)
        XCTAssertEqual(root["octal"]?.int, 0o755)
        XCTAssertEqual(root["binary"]?.int, 13)
        XCTAssertEqual(root["zero"]?.int, 0)
        XCTAssertEqual(root["pi"]?.string, "3.1415")
        XCTAssertNil(root["pi"]?.int)
        XCTAssertEqual(root["exponent"]?.string, "6.626e-34")
        XCTAssertEqual(root["infinite"]?.string, "-inf")
        XCTAssertEqual(root["missing"]?.string, "nan")
        XCTAssertEqual(root["on"]?.bool, true)
        XCTAssertEqual(root["off"]?.bool, false)
        XCTAssertEqual(root["date"]?.string, "1979-05-27")
        XCTAssertEqual(root["stamp"]?.string, "1979-05-27 07:32:00Z")
        XCTAssertEqual(root["local"]?.string, "1979-05-27T00:32:00.999999-07:00")
        XCTAssertEqual(root["time"]?.string, "07:32:00")
        XCTAssertEqual(root["stamp"]?.scalarStyle, .plain)
    }

    func testArraysOfTablesQuotedKeysAndNestedArrays() throws {
        let root = try parse("""
            "quoted key" = 1
            'literal.key' = 2
            site . "google.com" = true
            matrix = [ [1, 2], ["a", 'b'], [], ]

            [[profiles]]
            name = "fast"

            [[profiles]]
            name = "careful"
            [profiles.limits]
            max = 3

            [a.b.c]
            d = 1
            [a]
            e = 2
            """)
        XCTAssertEqual(root["quoted key"]?.int, 1)
        XCTAssertEqual(root.pair("quoted key")?.key.scalarStyle, .doubleQuoted)
        XCTAssertEqual(root["literal.key"]?.int, 2)
        XCTAssertEqual(root["site", "google.com"]?.bool, true)
        XCTAssertEqual(root["site"]?.pair("google.com")?.key.mark, Mark(line: 3, column: 8))
        let matrix = try XCTUnwrap(root["matrix"]?.sequence)
        XCTAssertEqual(matrix.count, 3)
        XCTAssertEqual(matrix[0].sequence?.compactMap(\.int), [1, 2])
        XCTAssertEqual(matrix[1].sequence?.compactMap(\.string), ["a", "b"])
        XCTAssertEqual(matrix[2].sequence?.count, 0)
        XCTAssertEqual(matrix[1].mark, Mark(line: 4, column: 20))

        let profiles = try XCTUnwrap(root["profiles"])
        XCTAssertEqual(profiles.mark, Mark(line: 6, column: 1))
        XCTAssertEqual(profiles.sequence?.compactMap { $0["name"]?.string }, ["fast", "careful"])
        XCTAssertEqual(profiles.sequence?.map(\.mark), [Mark(line: 6, column: 1), Mark(line: 9, column: 1)])
        XCTAssertEqual(profiles.sequence?.last?["limits", "max"]?.int, 3)

        XCTAssertEqual(root["a", "b", "c", "d"]?.int, 1)
        XCTAssertEqual(root["a", "e"]?.int, 2)
        XCTAssertEqual(root["a"]?.mark, Mark(line: 16, column: 1))
        XCTAssertEqual(root.mapping?.compactMap(\.key.string), ["quoted key", "literal.key", "site", "matrix", "profiles", "a"])
    }

    func testInlineTablesAcrossLinesAndCarriageReturns() throws {
        let root = try parse("point = {\r\n  x = 1, # across\r\n  y.z = 2,\r\n}\r\nafter = 'ok'\r\n")
        XCTAssertEqual(root["point", "x"]?.int, 1)
        XCTAssertEqual(root["point", "y", "z"]?.int, 2)
        XCTAssertEqual(root["after"]?.mark, Mark(line: 5, column: 9))
    }

    func testEmptyAndCommentOnlyDocumentsAreEmptyMappings() throws {
        XCTAssertEqual(try parse("").mapping?.count, 0)
        XCTAssertEqual(try parse("\u{FEFF}# nothing here\n\n").mapping?.count, 0)
    }

    // MARK: Errors

    func testUnterminatedStringsPointAtTheirOpeningQuote() {
        XCTAssertEqual(error("ok = 1\nname = \"codex\n"), YAMLError("unterminated string: no closing '\"' on its line", at: Mark(line: 2, column: 8)))
        XCTAssertEqual(error("path = 'C:\\tmp"), YAMLError("unterminated string: no closing \"'\" on its line", at: Mark(line: 1, column: 8)))
        XCTAssertEqual(error("text = \"\"\"\nnever closed\n")?.mark, Mark(line: 1, column: 8))
        XCTAssertEqual(error("args = [\"a\",\n  \"b\"\n")?.message, "unterminated array: no closing ']'")
        XCTAssertEqual(error("env = { A = 1\n")?.mark, Mark(line: 1, column: 7))
    }

    func testDuplicateKeysAndTablesAreErrorsAtTheSecond() {
        XCTAssertEqual(error("model = \"a\"\nmodel = \"b\"\n"), YAMLError("duplicate key 'model'", at: Mark(line: 2, column: 1)))
        XCTAssertEqual(error("[mcp_servers.fs]\ncommand = \"npx\"\n\n[mcp_servers.fs]\ncommand = \"uvx\"\n"),
                       YAMLError("table [mcp_servers.fs] is defined twice", at: Mark(line: 4, column: 14)))
        XCTAssertEqual(error("[sandbox]\nmode.kind = 1\n[sandbox.mode]\n"),
                       YAMLError("table [sandbox.mode] was already defined by dotted keys", at: Mark(line: 3, column: 10)))
        XCTAssertEqual(error("a = { b = 1 }\na.c = 2\n"), YAMLError("'a' is an inline table and cannot be extended", at: Mark(line: 2, column: 1)))
        XCTAssertEqual(error("a = 1\n[a]\n"), YAMLError("'a' already holds a value, not a table", at: Mark(line: 2, column: 2)))
        XCTAssertEqual(error("[[p]]\n[p]\n"), YAMLError("'p' is an array of tables: write [[p]]", at: Mark(line: 2, column: 2)))
        XCTAssertEqual(error("[p]\n[[p]]\n"), YAMLError("'p' is already a table, not an array of tables", at: Mark(line: 2, column: 3)))
    }

    func testBadValuesAreLocated() {
        XCTAssertEqual(error("approval_policy = never\n"),
                       YAMLError("invalid value 'never': expected a string (in quotes), number, true, false or date", at: Mark(line: 1, column: 19)))
        XCTAssertEqual(error("enabled = yes"),
                       YAMLError("invalid value 'yes': expected a string (in quotes), number, true, false or date", at: Mark(line: 1, column: 11)))
        XCTAssertEqual(error("mode = 007")?.mark, Mark(line: 1, column: 8))
        XCTAssertEqual(error("n = 1__0")?.message, "invalid value '1__0': expected a string (in quotes), number, true, false or date")
        XCTAssertEqual(error("n = 9223372036854775808"), YAMLError("integer 9223372036854775808 does not fit in 64 bits", at: Mark(line: 1, column: 5)))
        XCTAssertEqual(error("key =\n"), YAMLError("expected a value after '='", at: Mark(line: 1, column: 6)))
        XCTAssertEqual(error("key \"x\"\n"), YAMLError("expected '=' after the key", at: Mark(line: 1, column: 5)))
        XCTAssertEqual(error("a = 1 b = 2\n"), YAMLError("expected the end of the line after the value", at: Mark(line: 1, column: 7)))
        XCTAssertEqual(error("s = \"bad \\q escape\""), YAMLError("invalid escape '\\q'", at: Mark(line: 1, column: 10)))
        XCTAssertEqual(error("list = [1 2]")?.mark, Mark(line: 1, column: 11))
        XCTAssertEqual(error("[table\nx = 1")?.message, "expected ']' to close the table header")
        XCTAssertEqual(error("= 1")?.message, "unexpected '=': expected a key")
    }

    func testInvalidUTF8AndDeepNestingAreRefused() {
        XCTAssertThrowsError(try TOMLParser.parse([0x61, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0x22])) { error in
            XCTAssertEqual(error as? YAMLError, YAMLError("not valid UTF-8 text", at: Mark(line: 1, column: 6)))
        }
        var limits = YAMLLimits.standard
        limits.maxDepth = 4
        XCTAssertThrowsError(try TOMLParser.parse("deep = [[[[[1]]]]]", limits: limits)) { error in
            XCTAssertEqual((error as? YAMLError)?.message, "nested deeper than 4 levels")
        }
        XCTAssertNoThrow(try TOMLParser.parse("ok = [[[1]]]", limits: limits))
    }
}
