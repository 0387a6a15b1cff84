import Foundation
import YAML

/// Reads Compose files (`compose.yaml`, `docker-compose.yml`, `docker-compose.prod.yml`,
/// or any YAML whose top-level `services` run images or builds): one workload per service.
/// Compose files describe where an agent runs, not the agent itself, so they mark no agent root.
struct ComposeReader: FormatReader {
    let format = FileFormat.compose

    /// Host paths that hand a container the host, its secrets or its container runtime when
    /// bind-mounted whole.
    static let sensitiveHostDirectories: Set<String> = [
        "/", "/etc", "/proc", "/sys", "/root", "/home", "/var/run", "/run", "/dev", "/boot", "/var/lib/docker",
        "~", "$HOME", "${HOME}",
    ]

    /// Host directories whose every sub-path is sensitive.
    static let sensitiveHostSubtrees = ["/proc/", "/sys/", "/root/"]

    /// Container runtime sockets: mounting one gives root on the host.
    static let runtimeSockets = ["docker.sock", "containerd.sock", "crio.sock", "podman.sock"]

    /// The endings of paths to ``runtimeSockets``: each after a `/`, made once.
    private static let runtimeSocketEndings = runtimeSockets.map { "/" + $0 }

    func claims(_ file: PathName) -> Bool {
        let name = file.lowercasedName
        guard name.hasSuffix(".yml") || name.hasSuffix(".yaml") else { return false }
        let stem = name.hasSuffix(".yml") ? String(name.dropLast(4)) : String(name.dropLast(5))
        return stem == "compose" || stem == "docker-compose" || stem.hasPrefix("compose.") || stem.hasPrefix("docker-compose.")
    }

    func claims(documents: [YAMLNode]) -> Bool {
        documents.contains { document in
            guard document["apiVersion"] == nil, let services = document["services"]?.mapping else { return false }
            return services.contains { $0.value["image"] != nil || $0.value["build"] != nil }
        }
    }

    func read(_ file: LoadedFile, into facts: inout AgentFacts, diagnostics: inout [InputDiagnostic]) {
        for document in file.documents {
            guard let services = document["services"]?.mapping else { continue }
            for service in services {
                guard let name = service.key.string, service.value.mapping != nil else {
                    diagnostics.append(InputDiagnostic("compose service entry is not a mapping; ignored",
                                                       at: file.location(service.key), kind: .warning))
                    continue
                }
                facts.workloads.append(workload(name, at: file.location(service.key), service.value, file: file))
            }
        }
    }

    /// The workload a service entry describes.
    private func workload(_ name: String, at location: SourceLocation, _ service: YAMLNode, file: LoadedFile) -> Workload {
        let title = "compose service \"\(name)\""
        var workload = Workload(platform: .compose, name: title, location: location)
        workload.image = file.string("image", in: service)
        workload.privileged = file.bool("privileged", in: service)
        workload.user = file.string("user", in: service)
        workload.readOnlyRootFilesystem = file.bool("read_only", in: service)
        workload.capabilitiesDropped = file.strings("cap_drop", in: service)
        workload.capabilitiesAdded = file.strings("cap_add", in: service)
        for option in file.strings("security_opt", in: service) {
            let parts = ComposeReader.securityOptionParts(option.value)
            guard let key = parts.first else { continue }
            let value = parts.count > 1 ? parts[1] : ""
            if key == "no-new-privileges" {
                workload.allowPrivilegeEscalation = Located(value == "false", at: option.location)
            } else if key == "seccomp" {
                let profile = value == "unconfined" ? "Unconfined" : (value == "default" || value.isEmpty ? "RuntimeDefault" : "Localhost")
                workload.seccompProfile = Located(profile, at: option.location)
            }
        }
        for (key, namespace) in [("network_mode", "network"), ("pid", "pid"), ("ipc", "ipc")] {
            if let mode = file.string(key, in: service), mode.value == "host" {
                workload.hostNamespaces.append(Located(namespace, at: mode.location))
            }
        }
        for volume in service["volumes"]?.sequence ?? [] {
            guard let source = hostSource(of: volume), ComposeReader.isSensitive(source) else { continue }
            workload.hostMounts.append(Located(source, at: file.location(volume)))
        }
        workload.resourceLimits = resourceLimits(of: service, file: file)
        workload.runtimeClass = file.string("runtime", in: service)
        workload.environment = file.variables(service["environment"], origin: title)
        return workload
    }

    /// The pieces of a `security_opt` entry (`no-new-privileges:true`, `seccomp=unconfined`):
    /// lowercased, spaces removed, split at every `:` or `=`, empty pieces skipped. ASCII
    /// text (where a byte is a character and lowercasing maps A-Z only) is split on its
    /// bytes; other text through String and Foundation.
    static func securityOptionParts(_ option: String) -> [String] {
        guard option.utf8.isASCII else {
            let text = option.lowercased().replacingOccurrences(of: " ", with: "")
            return text.split(whereSeparator: { $0 == ":" || $0 == "=" }).map(String.init)
        }
        var parts: [String] = []
        var piece: [UInt8] = []
        for byte in option.utf8 {
            switch byte {
            case UInt8(ascii: " "):
                continue
            case UInt8(ascii: ":"), UInt8(ascii: "="):
                if !piece.isEmpty { parts.append(String(decoding: piece, as: UTF8.self)) }
                piece.removeAll(keepingCapacity: true)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                piece.append(byte + 32)
            default:
                piece.append(byte)
            }
        }
        if !piece.isEmpty { parts.append(String(decoding: piece, as: UTF8.self)) }
        return parts
    }

    /// The host path a volume entry binds, for short (`src:dst[:mode]`) and long
    /// (`{type: bind, source}`) syntax; nil for named volumes and tmpfs.
    private func hostSource(of volume: YAMLNode) -> String? {
        if let text = volume.string {
            // In ASCII text a byte is a Character: the source is what comes before the first `:`.
            if text.utf8.isASCII {
                return text.utf8.firstIndex(of: UInt8(ascii: ":")).map { String(text[..<$0]) }
            }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count > 1 else { return nil }
            return String(parts[0])
        }
        guard volume["type"]?.string == "bind" else { return nil }
        return volume["source"]?.string
    }

    /// Whether binding `source` exposes the host: its root, system directories, home
    /// directories or a container runtime socket.
    static func isSensitive(_ source: String) -> Bool {
        var path = source.trimmingWhitespace()
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        if sensitiveHostDirectories.contains(path) { return true }
        if runtimeSocketEndings.contains(where: { path.hasSuffix($0) }) { return true }
        return sensitiveHostSubtrees.contains { path.hasPrefix($0) }
    }

    /// Where resource limits are written: `deploy.resources.limits`, else `mem_limit` or `cpus`.
    private func resourceLimits(of service: YAMLNode, file: LoadedFile) -> SourceLocation? {
        if let pair = service["deploy", "resources"]?.pair("limits"), !(pair.value.mapping ?? []).isEmpty {
            return file.location(pair.key)
        }
        return file.location(ofKey: "mem_limit", in: service) ?? file.location(ofKey: "cpus", in: service)
    }
}
