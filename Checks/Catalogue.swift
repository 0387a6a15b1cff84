import PreflightCore
import Foundation

/// The catalogue: every registered check, in the order reports list them.
/// A check that is written but not listed here never runs, and the test suite fails.
public enum Catalogue {
    /// The catalogue's version, bumped whenever a check is added, removed or changes meaning.
    public static let version = "2026.11.2"

    /// Every check, grouped by area.
    public static let checks: [any Check.Type] = identity + permissions + isolation + observability + audit + governance + supplyChain

    /// The check with `id`, if registered.
    public static func check(id: String) -> (any Check.Type)? {
        checks.first { $0.description.id.caseInsensitiveCompare(id) == .orderedSame }
    }

    static let identity: [any Check.Type] = [
        AgentNameAndVersion.self,
        ShortLivedCredentials.self,
        TokenLifetimeBounded.self,
        StaticCredentialsRotated.self,
        DistinctPrincipal.self,
        DedicatedServiceAccount.self,
        ServiceAccountTokenNotAutomounted.self,
        AgentCardIdentifiesAgent.self,
        AgentCardRequiresAuthentication.self,
        LangGraphAuthEnabled.self,
    ]

    static let permissions: [any Check.Type] = [
        NoBypassPermissionsMode.self,
        BypassModeDisabled.self,
        NoBlanketAllowRules.self,
        SecretFilesDenied.self,
        ProjectMCPServersNotAutoApproved.self,
        NoTrustedMCPServers.self,
        FilesystemServerScoped.self,
        DefaultDenyPolicy.self,
        HighImpactToolsNeedApproval.self,
        RateAndBudgetLimits.self,
        IterationAndTimeLimits.self,
        CodexApprovalsKept.self,
        FrameworkAgentsBounded.self,
    ]

    static let isolation: [any Check.Type] = [
        NoPrivilegedContainers.self,
        RunsAsNonRoot.self,
        NoPrivilegeEscalation.self,
        ReadOnlyRootFilesystem.self,
        CapabilitiesDropped.self,
        NoHostNamespaces.self,
        NoHostMounts.self,
        SeccompConfined.self,
        ResourceLimitsSet.self,
        EgressRestricted.self,
        ToolExecutionSandboxed.self,
        SandboxCannotBeBypassed.self,
        DockerfileRunsAsNonRoot.self,
        NoUnsafeCodeExecution.self,
        CodexNetworkRestricted.self,
    ]

    static let observability: [any Check.Type] = [
        TracingExported.self,
        TracingNotSwitchedOff.self,
        TelemetryIdentifiesAgent.self,
        GenAISemanticConventions.self,
        PromptContentRedacted.self,
        TelemetryEncryptedInTransit.self,
        CollectorKeepsTraces.self,
        CollectorRedactsSensitiveData.self,
        CollectorBoundsMemory.self,
    ]

    static let audit: [any Check.Type] = [
        AuditSinkConfigured.self,
        AuditRetentionSixMonths.self,
        AuditTamperEvident.self,
        AuditRecordsWhoWhatWhy.self,
        ToolCallsRecorded.self,
    ]

    static let governance: [any Check.Type] = [
        OwnerAndContact.self,
        KillSwitch.self,
        IncidentRunbook.self,
        LaunchApproved.self,
        RiskTierAndDataClassification.self,
        IntendedPurposeDocumented.self,
        CodeOwnersCoverAgentConfiguration.self,
        SecurityPolicyPublished.self,
        AgentUseDocumented.self,
        RunbookOnRecord.self,
    ]

    static let supplyChain: [any Check.Type] = [
        NoLiteralSecretsInMCPConfig.self,
        MCPLaunchersPinned.self,
        RemoteMCPOverHTTPS.self,
        NoDownloadPipedToShell.self,
        ContainerImagesPinned.self,
        ModelVersionPinned.self,
        PromptVersionsPinned.self,
        NoLiteralSecretsInEnvironment.self,
        DockerfileBaseImagePinned.self,
        NoSecretsInDockerfile.self,
        NoSecretsInCommittedEnvFiles.self,
        GitignoreCoversLocalSecrets.self,
        NoSecretsInAnyFile.self,
        AgentCardOverHTTPS.self,
        AgentCardSigned.self,
    ]
}
