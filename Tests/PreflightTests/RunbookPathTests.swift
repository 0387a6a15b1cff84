@testable import PreflightCore
import XCTest

/// A directory has a `runbooks` folder exactly when splitting it on `/` gives one.
final class RunbookPathTests: XCTestCase {
    func testRunbooksFolderMatchesASplitOnSlashes() {
        let directories = [
            ".", "runbooks", "docs/runbooks", "runbooks/x", "a//runbooks//b", "my-runbooks", "runbooks2", "docs/runbooks.d",
            "/runbooks/", "dóc/runbooks", "dóc/runbooksé", "runbooks\r\n", "",
        ]
        for directory in directories {
            XCTAssertEqual(Runbook.hasRunbooksFolder(directory), directory.split(separator: "/").contains("runbooks"), directory.debugDescription)
        }
    }
}
