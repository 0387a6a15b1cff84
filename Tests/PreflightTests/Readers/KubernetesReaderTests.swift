@testable import PreflightCore
import XCTest

/// The Kubernetes reader: every container and init container of a pod template, with
/// pod-level settings inherited; network policies and service accounts.
final class KubernetesReaderTests: XCTestCase {
    private let path = "deploy/agent.yaml"

    private var deployment: FileOutcome {
        ReaderHarness.load(path, """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: agent
              namespace: agents
            spec:
              template:
                metadata:
                  labels:
                    app: agent
                spec:
                  serviceAccountName: agent-sa
                  automountServiceAccountToken: false
                  hostNetwork: true
                  runtimeClassName: gvisor
                  securityContext:
                    runAsNonRoot: true
                    runAsUser: 10001
                    seccompProfile:
                      type: RuntimeDefault
                  containers:
                    - name: agent
                      image: ghcr.io/acme/agent:1.0
                      securityContext:
                        allowPrivilegeEscalation: false
                        readOnlyRootFilesystem: true
                        capabilities:
                          drop: ["ALL"]
                      resources:
                        limits:
                          memory: 1Gi
                      env:
                        - name: MODEL
                          value: claude-sonnet
                        - name: API_KEY
                          valueFrom:
                            secretKeyRef:
                              name: agent-secrets
                              key: api-key
                      volumeMounts:
                        - name: docker
                          mountPath: /var/run/docker.sock
                    - name: sidecar
                      image: envoyproxy/envoy:v1.31.2
                      securityContext:
                        runAsUser: 0
                        seccompProfile:
                          type: Unconfined
                  initContainers:
                    - name: init
                      image: busybox:1.36
                  volumes:
                    - name: docker
                      hostPath:
                        path: /var/run/docker.sock
                    - name: unused
                      hostPath:
                        path: /srv
            ---
            apiVersion: v1
            kind: ServiceAccount
            metadata:
              name: agent-sa
              namespace: agents
            automountServiceAccountToken: false
            """)
    }

    private func at(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private func workload(_ index: Int) throws -> Workload {
        let workloads = deployment.facts.workloads
        XCTAssertEqual(workloads.count, 3)
        return try XCTUnwrap(index < workloads.count ? workloads[index] : nil)
    }

    func testEveryContainerAndInitContainerIsAWorkloadAtItsNameKey() {
        let outcome = deployment
        XCTAssertEqual(outcome.format, .kubernetes)
        XCTAssertNil(outcome.agentRoot)
        XCTAssertEqual(outcome.diagnostics, [])
        XCTAssertEqual(outcome.facts.workloads.map(\.name), [
            "Deployment/agent container \"agent\"", "Deployment/agent container \"sidecar\"", "Deployment/agent init container \"init\"",
        ])
        XCTAssertEqual(outcome.facts.workloads.map(\.location), [at(22, 11), at(43, 11), at(50, 11)])
        XCTAssertEqual(outcome.facts.workloads.map(\.platform), [.kubernetes, .kubernetes, .kubernetes])
    }

    func testContainerSettingsAreLocatedWhereWritten() throws {
        let agent = try workload(0)
        XCTAssertEqual(agent.namespace, "agents")
        XCTAssertEqual(agent.labels, ["app": "agent"])
        XCTAssertEqual(agent.pod, Located("Deployment/agent", at: at(11, 5)))
        XCTAssertEqual(agent.image, Located("ghcr.io/acme/agent:1.0", at: at(23, 11)))
        XCTAssertEqual(agent.allowPrivilegeEscalation, Located(false, at: at(25, 13)))
        XCTAssertEqual(agent.readOnlyRootFilesystem, Located(true, at: at(26, 13)))
        XCTAssertEqual(agent.capabilitiesDropped, [Located("ALL", at: at(28, 22))])
        XCTAssertEqual(agent.resourceLimits, at(30, 13))
        XCTAssertNil(agent.privileged)
    }

    func testPodSecurityContextIsInheritedUnlessTheContainerOverridesIt() throws {
        let agent = try workload(0)
        XCTAssertEqual(agent.runAsNonRoot, Located(true, at: at(17, 9)))
        XCTAssertEqual(agent.user, Located("10001", at: at(18, 9)))
        XCTAssertEqual(agent.seccompProfile, Located("RuntimeDefault", at: at(20, 11)))

        let sidecar = try workload(1)
        XCTAssertEqual(sidecar.runAsNonRoot, Located(true, at: at(17, 9)))
        XCTAssertEqual(sidecar.user, Located("0", at: at(46, 13)))
        XCTAssertEqual(sidecar.seccompProfile, Located("Unconfined", at: at(48, 15)))
        XCTAssertNil(sidecar.resourceLimits)
    }

    func testPodLevelSettingsReachEveryContainer() throws {
        for index in 0..<3 {
            let container = try workload(index)
            XCTAssertEqual(container.hostNamespaces, [Located("network", at: at(14, 7))])
            XCTAssertEqual(container.runtimeClass, Located("gvisor", at: at(15, 7)))
            XCTAssertEqual(container.serviceAccountName, Located("agent-sa", at: at(12, 7)))
            XCTAssertEqual(container.automountServiceAccountToken, Located(false, at: at(13, 7)))
        }
    }

    func testOnlyMountedHostPathVolumesAreHostMounts() throws {
        XCTAssertEqual(try workload(0).hostMounts, [Located("/var/run/docker.sock", at: at(54, 11))])
        XCTAssertEqual(try workload(1).hostMounts.count, 0)
    }

    func testEnvironmentKeepsLiteralValuesOnly() throws {
        let agent = try workload(0)
        XCTAssertEqual(agent.environment, [
            EnvironmentVariable(name: "MODEL", value: "claude-sonnet", location: at(34, 22), origin: "Deployment/agent container \"agent\""),
            EnvironmentVariable(name: "API_KEY", value: "", location: at(35, 15), origin: "Deployment/agent container \"agent\""),
        ])
    }

    func testServiceAccountInASecondDocument() throws {
        let accounts = deployment.facts.serviceAccounts
        XCTAssertEqual(accounts.count, 1)
        let account = try XCTUnwrap(accounts.first)
        XCTAssertEqual(account.name, "agent-sa")
        XCTAssertEqual(account.namespace, "agents")
        XCTAssertEqual(account.location, at(61, 1))
        XCTAssertEqual(account.automountServiceAccountToken, Located(false, at: at(65, 1)))
        XCTAssertTrue(account.isAccount(named: "agent-sa", in: "agents"))
        XCTAssertFalse(account.isAccount(named: "agent-sa", in: nil))
    }

    func testCronJobPodTemplateIsFoundUnderItsJobTemplate() throws {
        let path = "deploy/digest.yaml"
        let outcome = ReaderHarness.load(path, """
            apiVersion: batch/v1
            kind: CronJob
            metadata:
              name: digest
            spec:
              schedule: "0 3 * * *"
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers:
                        - name: run
                          image: ghcr.io/acme/digest:1.0
            """)
        let job = try XCTUnwrap(outcome.facts.workloads.first)
        XCTAssertEqual(outcome.facts.workloads.count, 1)
        XCTAssertEqual(job.name, "CronJob/digest container \"run\"")
        XCTAssertEqual(job.location, SourceLocation(path: path, line: 12, column: 15))
        XCTAssertEqual(job.pod, Located("CronJob/digest", at: SourceLocation(path: path, line: 10, column: 9)))
        XCTAssertEqual(job.image, Located("ghcr.io/acme/digest:1.0", at: SourceLocation(path: path, line: 13, column: 15)))
    }

    func testListItemsInJSONAreRead() throws {
        let path = "k8s/list.json"
        let outcome = ReaderHarness.load(path, """
            {
              "apiVersion": "v1",
              "kind": "List",
              "items": [
                {
                  "apiVersion": "v1",
                  "kind": "Pod",
                  "metadata": {"name": "runner", "labels": {"app": "runner"}},
                  "spec": {
                    "containers": [{"name": "main", "image": "python:3.12"}]
                  }
                }
              ]
            }
            """)
        XCTAssertEqual(outcome.format, .kubernetes)
        let pod = try XCTUnwrap(outcome.facts.workloads.first)
        XCTAssertEqual(pod.name, "Pod/runner container \"main\"")
        XCTAssertEqual(pod.location, SourceLocation(path: path, line: 10, column: 25))
        XCTAssertEqual(pod.image, Located("python:3.12", at: SourceLocation(path: path, line: 10, column: 41)))
        XCTAssertEqual(pod.pod?.location, SourceLocation(path: path, line: 9, column: 7))
        XCTAssertEqual(pod.labels, ["app": "runner"])
        XCTAssertNil(pod.namespace)
    }

    func testNetworkPoliciesRecordEgressRestrictionAndAllowAllRules() throws {
        let path = "deploy/network.yaml"
        let outcome = ReaderHarness.load(path, """
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: agent-egress
              namespace: agents
            spec:
              podSelector:
                matchLabels:
                  app: agent
              policyTypes: [Egress]
              egress:
                - ports:
                    - port: 53
                      protocol: UDP
                - to:
                    - ipBlock:
                        cidr: 0.0.0.0/0
                        except: [169.254.169.254/32]
                    - ipBlock:
                        cidr: "::/0"
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: open
            spec:
              podSelector: {}
              egress:
                - {}
            ---
            apiVersion: networking.k8s.io/v1
            kind: NetworkPolicy
            metadata:
              name: ingress-only
            spec:
              podSelector: {}
              policyTypes: [Ingress]
            """)
        let policies = outcome.facts.networkPolicies
        XCTAssertEqual(policies.map(\.name), ["agent-egress", "open", "ingress-only"])
        XCTAssertEqual(policies.map(\.location.line), [2, 23, 32])
        XCTAssertEqual(policies.map(\.restrictsEgress), [true, true, false])
        XCTAssertEqual(policies.map(\.allowsAllEgress), [
            SourceLocation(path: path, line: 20, column: 13), SourceLocation(path: path, line: 29, column: 7), nil,
        ])
        XCTAssertEqual(policies[0].namespace, "agents")
        XCTAssertEqual(policies[0].podSelector, ["app": "agent"])
        XCTAssertTrue(policies[0].selects(labels: ["app": "agent", "tier": "ai"], namespace: "agents"))
        XCTAssertFalse(policies[0].selects(labels: ["app": "agent"], namespace: nil))
        XCTAssertEqual(policies[1].podSelector, [:])
    }

    func testPreflightManifestIsNotReadAsKubernetes() {
        let outcome = ReaderHarness.load("preflight.yaml", """
            apiVersion: preflight/v1
            kind: Agent
            metadata:
              name: support-triage
            """)
        XCTAssertEqual(outcome.format, .preflightManifest)
        XCTAssertTrue(outcome.facts.workloads.isEmpty)
    }
}
