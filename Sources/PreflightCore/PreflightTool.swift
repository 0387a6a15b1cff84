/// The tool's name and version, as every report states them.
public enum PreflightTool {
    /// The command's name.
    public static let name = "preflight"
    /// The release version.
    public static let version = "0.1.0"
    /// Where to read about it.
    public static let informationURI = "https://github.com/preflight-dev/preflight"
}
