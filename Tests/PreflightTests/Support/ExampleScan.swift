import PreflightChecks
import PreflightCore

/// Scans example projects in memory, resolving `↓` markers into expected locations.
enum ExampleScan {
    /// An example with its markers removed, and where they were.
    struct Prepared {
        let files: [(path: String, content: String)]
        let markers: Set<SourceLocation>
    }

    /// Removes every `↓` and records the line and column of the character after it.
    static func prepare(_ example: ExampleProject) -> Prepared {
        var files: [(path: String, content: String)] = []
        var markers: Set<SourceLocation> = []
        for (path, content) in example.files {
            var output = ""
            var line = 1
            var column = 1
            for character in content {
                if character == ExampleProject.marker {
                    markers.insert(SourceLocation(path: path, line: line, column: column))
                    continue
                }
                output.append(character)
                if character == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += character.unicodeScalars.count
                }
            }
            files.append((path, output))
        }
        return Prepared(files: files, markers: markers)
    }

    /// Scans `example` with the whole catalogue and returns the report.
    static func report(_ example: ExampleProject) -> (ScanReport, Prepared) {
        let prepared = prepare(example)
        let report = Scanner(checks: Catalogue.checks).scan(files: prepared.files)
        return (report, prepared)
    }

    /// The results of check `id` for every agent of the example.
    static func results(of id: String, in example: ExampleProject) -> ([CheckResult], Prepared, ScanReport) {
        let (report, prepared) = report(example)
        let results = report.agents.flatMap(\.results).filter { $0.check.id == id }
        return (results, prepared, report)
    }
}
