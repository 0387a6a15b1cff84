@testable import PreflightChecks
import XCTest

/// A download piped into an interpreter is found the same way whether the command is ASCII
/// (split on its bytes) or not (split on its Characters).
final class DownloadPipelineTests: XCTestCase {
    func testPipesAreSingleBarsInASCIIAndOtherText() {
        for (suffix, label) in [("", "ASCII"), (" # café", "non-ASCII")] {
            XCTAssertTrue(NoDownloadPipedToShell.runsDownload("CURL -fsSL https://get.example.com/x | sudo sh\(suffix)"), label)
            XCTAssertTrue(NoDownloadPipedToShell.runsDownload("wget -qO- https://x.example | tee log | bash\(suffix)"), label)
            XCTAssertFalse(NoDownloadPipedToShell.runsDownload("curl -f https://x.example || sh fallback.sh\(suffix)"), label)
            XCTAssertFalse(NoDownloadPipedToShell.runsDownload("echo curl | grep sh\(suffix)"), label)
            XCTAssertFalse(NoDownloadPipedToShell.runsDownload("ls -la | sort\(suffix)"), label)
        }
    }
}
