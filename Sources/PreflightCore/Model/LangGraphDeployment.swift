/// A LangGraph deployment configuration (`langgraph.json`): the graphs it serves and how
/// callers are authenticated.
public struct LangGraphDeployment: Sendable {
    /// Where the configuration starts.
    public let location: SourceLocation
    /// The graphs served, by name, each located at its key.
    public var graphs: [Located<String>] = []
    /// Where the `graphs` key is written.
    public var graphsKey: SourceLocation?
    /// Where the `auth` key is written.
    public var authSection: SourceLocation?
    /// `auth.path`: the custom authentication handler (`./src/auth.py:auth`).
    public var authPath: Located<String>?
    /// `auth.disable_studio_auth`: true lets LangGraph Studio in without the handler.
    public var disableStudioAuth: Located<Bool>?
    /// `env` when it names a file rather than listing the variables inline.
    public var envFile: Located<String>?
    /// `dockerfile_lines`: lines added to the image build, each where written.
    public var dockerfileLines: [Located<String>] = []

    /// Creates a configuration that starts at `location`.
    public init(location: SourceLocation) {
        self.location = location
    }
}
