// swift-tools-version:6.0
import PackageDescription

/// Preflight: readiness checks for AI agent projects.
///
/// Dependencies run one way: preflight → PreflightCLI → (PreflightChecks, PreflightReports)
/// → PreflightCore → YAML → CLibYAML. Checks and Reports never import each other.
let package = Package(
    name: "Preflight",
    products: [
        .executable(name: "preflight", targets: ["preflight"]),
    ],
    targets: [
        .systemLibrary(
            name: "CLibYAML",
            path: "Sources/CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "YAML", dependencies: ["CLibYAML"], path: "Sources/YAML"),
        .target(name: "PreflightCore", dependencies: ["YAML"], path: "Sources/PreflightCore"),
        .target(name: "PreflightChecks", dependencies: ["PreflightCore"], path: "Checks"),
        .target(name: "PreflightReports", dependencies: ["PreflightCore"], path: "Reports"),
        .target(
            name: "PreflightCLI",
            dependencies: ["PreflightCore", "PreflightChecks", "PreflightReports"],
            path: "Sources/PreflightCLI"
        ),
        .executableTarget(name: "preflight", dependencies: ["PreflightCLI"], path: "Sources/preflight"),
        .testTarget(name: "YAMLTests", dependencies: ["YAML"], path: "Tests/YAMLTests"),
        .testTarget(
            name: "PreflightTests",
            dependencies: ["PreflightCore", "PreflightChecks", "PreflightReports", "PreflightCLI"],
            path: "Tests/PreflightTests",
            exclude: ["Golden"]
        ),
    ]
)
