import Foundation
import PreflightCore

/// PF-SC-005: every container image the agent runs is pinned by digest
/// (`image:tag@sha256:...`).
///
/// A tag, even a precise one such as `2.3.1`, is a movable pointer: the registry can serve
/// different content under it tomorrow. So an image without a digest fails at its `image`
/// key, with a sharper message for `:latest` and untagged images. Images written as
/// variables (`${IMAGE}`, `{{ .Values.image }}`) are resolved elsewhere and are left out;
/// when every image is a variable the answer is unknown. Compose services that only
/// `build` have no image to pin.
struct ContainerImagesPinned: Check {
    static let description = CheckDescription(
        id: "PF-SC-005",
        title: "Container images are pinned by digest",
        area: .supplyChain,
        severity: .high,
        question: "Is the code the agent runs exactly the image that was reviewed?",
        rationale: """
            Tags can be re-pushed: `latest` changes by design, and a compromised or careless publisher can move \
            `2.3.1` too. A digest names the image's content, so what runs is byte for byte what was scanned and \
            approved, and a poisoned upstream image cannot slip in on the next restart.
            """,
        remediation: Remediation(
            "Pin each image by digest, keeping the tag for readers: look the digest up with `docker buildx imagetools inspect image:tag` and let a bot such as Renovate update it.",
            snippet: """
                containers:
                  - name: agent
                    image: ghcr.io/acme/support-agent:2.3.1@sha256:9b2c4e7f1a3d5b8c0e6f2a4d7b9c1e3f5a7b9d1c3e5f7a9b1d3f5a7c9e1b3d5f
                """),
        references: ["OWASP ASI04", "OWASP LLM03", "NIST AI RMF MANAGE 3.1", "ISO/IEC 42001 A.10.3"],
        passingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-agent
                spec:
                  selector:
                    matchLabels:
                      app: support-agent
                  template:
                    metadata:
                      labels:
                        app: support-agent
                    spec:
                      containers:
                        - name: agent
                          image: ghcr.io/acme/support-agent:2.3.1@sha256:9b2c4e7f1a3d5b8c0e6f2a4d7b9c1e3f5a7b9d1c3e5f7a9b1d3f5a7c9e1b3d5f
                """),
            ExampleProject("compose.yaml", """
                services:
                  agent:
                    build: .
                  redis:
                    image: redis:7.4.1-alpine@sha256:c1e88455c85225310bbea54816e9c3f4b5295815e6dbf80c34d40afc6df28275
                """),
        ],
        failingExamples: [
            ExampleProject("deploy/agent.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: support-agent
                spec:
                  selector:
                    matchLabels:
                      app: support-agent
                  template:
                    metadata:
                      labels:
                        app: support-agent
                    spec:
                      containers:
                        - name: agent
                          ↓image: ghcr.io/acme/support-agent:latest
                        - name: browser
                          ↓image: ghcr.io/acme/headless-browser:1.2.0
                """),
            ExampleProject("docker-compose.yml", """
                services:
                  agent:
                    ↓image: acme/support-agent
                  vectordb:
                    ↓image: localhost:5000/qdrant:v1.12.4
                """),
        ])

    func evaluate(_ agent: Agent) -> Outcome {
        let named = agent.workloads.filter { $0.image != nil }
        let judged = named.filter { !ContainerImagesPinned.isVariable($0.image?.value ?? "") }
        if judged.isEmpty && !named.isEmpty {
            return .unknown("no evidence: every image is set from a variable, so its pinning is decided where the variable is")
        }
        return WorkloadFact.outcome(
            judged, absent: "the agent runs no container images",
            problem: "images are not pinned by digest", control: "every image is pinned by digest"
        ) { workload in
            guard let image = workload.image else { return .shown(nil) }
            if image.value.containsASCII("@sha256:") {
                return .shown(Evidence("\(image.value) pinned by digest", at: image.location))
            }
            let reference = image.value.trimmingWhitespace()
            let lastComponent = ASCIIText.split(reference[...], separator: "/").last.map(String.init) ?? reference
            let tag = ASCIIText.split(lastComponent[...], separator: ":", maxSplits: 1).dropFirst().first.map(String.init)
            let note: String
            switch tag {
            case nil: note = "\(reference) has no tag: it runs whatever latest is when pulled"
            case "latest"?: note = "\(reference) floats with every push"
            case let tag?: note = "\(reference) names tag \(tag), which can be re-pushed: add its @sha256 digest"
            }
            return .gaps([Evidence(note, at: image.location)])
        }
    }

    /// Whether an image reference is a template or variable filled in at deploy time.
    static func isVariable(_ image: String) -> Bool {
        image.containsASCII("${") || image.containsASCII("{{") || image.hasPrefix("$")
    }
}
