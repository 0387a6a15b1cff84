/// One stage of a Dockerfile: a `FROM` and the instructions up to the next `FROM`.
public struct BuildStage: Sendable {
    /// Where the stage's `FROM` instruction starts.
    public let location: SourceLocation
    /// What the stage starts from, as written after `FROM`: an image reference, `scratch`,
    /// or the name of an earlier stage; located at that token.
    public let base: Located<String>
    /// The name given with `AS`, located at it.
    public let name: Located<String>?
    /// The stage's last `USER`, located at its value: the user its later instructions, and
    /// the container when this is the final stage, run as.
    public var user: Located<String>?
    /// The stage's `ENV` settings and `ARG` defaults in the order written, each located at
    /// its value; an `ARG` without a default sets nothing in the file and is left out.
    public var environment: [EnvironmentVariable] = []
    /// The stage's `RUN` commands, each located where its command text starts (after
    /// options such as `--mount`); a heredoc's body contributes each of its lines.
    public var runCommands: [Located<String>] = []

    /// Creates a stage from its `FROM` instruction.
    public init(location: SourceLocation, base: Located<String>, name: Located<String>?) {
        self.location = location
        self.base = base
        self.name = name
    }

    /// Whether the stage starts from an empty filesystem (`FROM scratch`).
    public var isScratch: Bool { base.value.lowercased() == "scratch" }
}
