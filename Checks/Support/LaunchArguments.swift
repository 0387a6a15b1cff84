import PreflightCore

/// Reads what an MCP server's launcher arguments fetch (`npx`, `uvx`, `docker run`) and
/// whether it is pinned to an exact version.
enum LaunchArguments {
    /// The npm packages `npx`/`bunx` runs: every `-p`/`--package` value, else the first
    /// argument that is not a flag. Local paths and URLs are left out.
    static func npmPackages(_ arguments: [Located<String>]) -> [Located<String>] {
        var packages: [Located<String>] = []
        var index = 0
        var command: Located<String>?
        while index < arguments.count {
            let argument = arguments[index]
            if argument.value == "-p" || argument.value == "--package", index + 1 < arguments.count {
                packages.append(arguments[index + 1])
                index += 2
            } else if argument.value.hasPrefix("--package=") {
                packages.append(Located(String(argument.value.dropFirst(10)), at: argument.location))
                index += 1
            } else if argument.value.hasPrefix("-") {
                index += 1
            } else {
                command = argument
                break
            }
        }
        let fetched = packages.isEmpty ? command.map { [$0] } ?? [] : packages
        return fetched.filter { isRegistryName($0.value) }
    }

    /// Why an npm package spec is not pinned, or nil when it names an exact version.
    static func npmPinProblem(_ spec: String) -> String? {
        let name = spec.hasPrefix("@") ? spec.dropFirst() : Substring(spec)
        guard let at = ASCIIText.lastIndex(of: "@", in: name) else { return "no version" }
        let version = String(name[name.index(after: at)...])
        if isExactVersion(version) { return nil }
        if version.isEmpty { return "no version" }
        if version.lowercased() == "latest" { return "@latest follows every new release" }
        return "\(version) is a range or tag, not an exact version"
    }

    /// `uvx` options that take a value.
    private static let uvxValueOptions: Set<String> = [
        "--from", "--with", "-w", "--with-editable", "--with-requirements", "--python", "-p", "--index", "--index-url",
        "--extra-index-url", "--default-index", "--constraint", "--env-file", "--directory", "--cache-dir",
    ]

    /// The Python package `uvx` runs: the `--from` value, else the first argument that is
    /// not a flag or an option's value. Nil for local paths and URLs.
    static func pythonPackage(_ arguments: [Located<String>]) -> Located<String>? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.value == "--from", index + 1 < arguments.count {
                return isRegistryName(arguments[index + 1].value) ? arguments[index + 1] : nil
            }
            if argument.value.hasPrefix("--from=") {
                let spec = String(argument.value.dropFirst(7))
                return isRegistryName(spec) ? Located(spec, at: argument.location) : nil
            }
            if argument.value.hasPrefix("-") {
                let takesValue = uvxValueOptions.contains(argument.value)
                index += takesValue ? 2 : 1
                continue
            }
            return isRegistryName(argument.value) ? argument : nil
        }
        return nil
    }

    /// Why a Python requirement is not pinned, or nil when it names an exact version
    /// (`pkg==1.2.3` or `pkg@1.2.3`).
    static func pythonPinProblem(_ spec: String) -> String? {
        if let equals = spec.rangeOfASCII("==") {
            let version = spec[equals.upperBound...].drop { $0 == "=" }
            return version.isEmpty || String(version).containsASCII("*") || String(version).containsASCII(",")
                ? "\(spec) is not an exact version" : nil
        }
        if let at = spec.lastIndex(of: "@") {
            let version = String(spec[spec.index(after: at)...])
            if version.lowercased() == "latest" { return "@latest follows every new release" }
            return version.first?.isNumber == true ? nil : "\(version) is not an exact version"
        }
        if spec.contains(where: { "<>~!=".contains($0) }) { return "a range, not an exact version" }
        return "no version"
    }

    /// `docker run` options that take a value.
    private static let dockerValueOptions: Set<String> = [
        "-e", "--env", "--env-file", "-v", "--volume", "--mount", "--name", "-p", "--publish", "--network", "--net",
        "-w", "--workdir", "-u", "--user", "--entrypoint", "--platform", "-l", "--label", "--cpus", "-m", "--memory",
        "--pull", "--add-host", "--cap-add", "--cap-drop", "--security-opt", "--device", "--tmpfs", "--ulimit",
        "-h", "--hostname", "--runtime", "--restart", "--log-driver", "--log-opt", "--dns", "--gpus", "--ipc", "--pid",
        "--shm-size", "--stop-signal", "--stop-timeout", "--memory-swap", "--cpuset-cpus", "--pids-limit", "--label-file",
        "--group-add", "--userns", "--uts", "--cgroupns", "--health-cmd", "--expose", "--link", "--volumes-from",
    ]

    /// The image a `docker run` / `podman run` starts: the first argument after `run` that
    /// is not an option or an option's value.
    static func containerImage(_ arguments: [Located<String>]) -> Located<String>? {
        guard arguments.first?.value == "run" else { return nil }
        var index = 1
        while index < arguments.count {
            let argument = arguments[index].value
            if argument.hasPrefix("-") {
                let takesValue = !argument.containsASCII("=") && dockerValueOptions.contains(argument)
                index += takesValue ? 2 : 1
                continue
            }
            return arguments[index]
        }
        return nil
    }

    /// Why an image reference is not pinned, or nil when it names a digest.
    static func imagePinProblem(_ reference: String) -> String? {
        if reference.containsASCII("@sha256:") { return nil }
        let lastPart = ASCIIText.split(reference[...], separator: "/").last ?? Substring(reference)
        guard let colon = ASCIIText.lastIndex(of: ":", in: lastPart) else { return "no tag or digest: runs whatever is newest" }
        let tag = lastPart[lastPart.index(after: colon)...]
        if tag == "latest" { return ":latest follows every new push" }
        return "tag \(tag) can be moved; pin the digest"
    }

    /// Whether a spec names a registry package rather than a local path or a URL.
    private static func isRegistryName(_ spec: String) -> Bool {
        guard let first = spec.first, first != ".", first != "/", first != "~", first != "$" else { return false }
        return !spec.containsASCII("://") && !spec.hasPrefix("git+") && !spec.hasPrefix("github:") && !spec.hasPrefix("file:")
    }

    /// Whether a version is exact: `1.2.3`, optionally with a pre-release or build suffix.
    private static func isExactVersion(_ version: String) -> Bool {
        let core = ASCIIText.split(version[...], whereSeparator: { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") },
                                   orCharacter: { $0 == "-" || $0 == "+" }).first ?? ""
        let parts = ASCIIText.split(core, separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }
}
