import XCTest
import YAML

/// Loads `text` and returns its only document, failing the test when there is not exactly one.
func loadDocument(_ text: String, json: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> YAMLNode {
    let stream = try YAML.load(text, json: json)
    XCTAssertEqual(stream.documents.count, 1, "documents", file: file, line: line)
    return try XCTUnwrap(stream.documents.first, file: file, line: line)
}

/// The error `body` throws, failing the test when it throws none.
func loadError(_ body: () throws(YAMLError) -> YAMLStream, file: StaticString = #filePath, line: UInt = #line) -> YAMLError? {
    do {
        let stream = try body()
        XCTFail("expected a YAMLError, loaded \(stream.documents.count) documents", file: file, line: line)
        return nil
    } catch {
        return error
    }
}
