/// One Dockerfile (or Containerfile) and its build stages.
///
/// Only the final stage becomes the image that runs; earlier stages are build steps it
/// copies from or starts from (`FROM builder`). Values are kept as written: variables such
/// as `${BASE_IMAGE}` are expanded by ``expand(_:with:)`` when a check needs them.
public struct ContainerBuild: Sendable {
    /// Where the file starts (line 1, column 1).
    public let location: SourceLocation
    /// `ARG` defaults declared before the first `FROM`: the only variables a `FROM` can use.
    public var globalArguments: [EnvironmentVariable] = []
    /// The stages, in the order written.
    public var stages: [BuildStage] = []

    /// Creates a build with no stages yet.
    public init(location: SourceLocation) {
        self.location = location
    }

    /// The final stage followed back through the stages it starts from: the final stage
    /// first, ending with the one built on an image (or on `scratch`). Empty without stages.
    public var finalChain: [BuildStage] {
        guard var index = stages.indices.last else { return [] }
        var chain = [stages[index]]
        while let parent = parent(of: index) {
            chain.append(stages[parent])
            index = parent
        }
        return chain
    }

    /// The index of the earlier stage that the stage at `index` starts from, when its base
    /// names one (stage names are matched without regard to case, as Docker does).
    public func parent(of index: Int) -> Int? {
        let base = stages[index].base.value.lowercased()
        return stages[..<index].lastIndex { $0.name?.value.lowercased() == base }
    }

    /// Every `ENV` and `ARG` default of the file, global arguments first.
    public var environment: [EnvironmentVariable] {
        globalArguments + stages.flatMap(\.environment)
    }

    /// `text` with each `$NAME`, `${NAME}` and `${NAME:-default}` replaced by the last value
    /// `variables` give it (or the default written); nil when a variable stays unresolved.
    public static func expand(_ text: String, with variables: [EnvironmentVariable]) -> String? {
        var values: [String: String] = [:]
        for variable in variables { values[variable.name] = variable.value }
        var result = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            result += rest[..<dollar]
            rest = rest[rest.index(after: dollar)...]
            let name: Substring
            var fallback: Substring?
            if rest.first == "{" {
                guard let close = rest.firstIndex(of: "}") else { return nil }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                if let separator = inner.range(of: ":-") {
                    name = inner[..<separator.lowerBound]
                    fallback = inner[separator.upperBound...]
                } else {
                    name = inner
                }
                rest = rest[rest.index(after: close)...]
            } else {
                name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                rest = rest[name.endIndex...]
            }
            guard let value = values[String(name)].flatMap({ $0.isEmpty ? nil : $0 }) ?? fallback.map(String.init) else {
                return nil
            }
            result += value
        }
        return result + rest
    }
}
