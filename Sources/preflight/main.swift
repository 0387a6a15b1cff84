import Foundation
import PreflightCLI

exit(run(Array(CommandLine.arguments.dropFirst())))
