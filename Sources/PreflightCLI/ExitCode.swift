/// The process exit codes, as CI reads them.
public enum ExitCode {
    /// Ready (or nothing to assess).
    public static let ready: Int32 = 0
    /// Not ready: a blocking gap, an unreadable file, or a score under the floor.
    public static let notReady: Int32 = 1
    /// The command line was wrong, or the input could not be scanned or the output written.
    public static let usageOrInputError: Int32 = 2
}
