#!/usr/bin/env python3
"""Generates a synthetic monorepo of agent projects for the Preflight speed benchmark.

Each agent lives in ``agents/agent-NNNNN/`` and holds a varying subset of the files
Preflight reads (or walks past): a Preflight manifest ``preflight.yaml``, Claude Code's
``.mcp.json`` and ``.claude/settings.json``, a Kubernetes multi-document
``deploy/deployment.yaml`` (Deployment, ServiceAccount, NetworkPolicy), ``compose.yaml``,
``Dockerfile``, ``.env`` and ``otel-collector.yaml``: about seven files per agent on
average. Agents mix good and bad practice; a few bad ones carry deliberately planted,
randomly generated fake credentials so the secret scan has something to find.

The output depends only on ``--agents`` and ``--seed``: the same arguments always
produce byte-identical trees. Standard library only.

    python3 Benchmarks/generate.py --agents 1000 --seed 1 --output /tmp/preflight-bench-1000
"""

import argparse
import json
import os
import random
import shutil
import string
import sys

GENERATOR_VERSION = 1

# How likely each file is to exist in an agent (they sum to 7.0: about seven files an agent).
FILE_ODDS = {
    "preflight.yaml": 0.95,
    ".mcp.json": 0.90,
    ".claude/settings.json": 0.85,
    "deploy/deployment.yaml": 0.85,
    "compose.yaml": 0.85,
    "Dockerfile": 0.90,
    ".env": 0.85,
    "otel-collector.yaml": 0.85,
}

DOMAINS = ["support", "billing", "search", "triage", "research", "sales", "hr", "legal", "ops", "docs",
           "finance", "security", "growth", "data", "platform", "infra", "qa", "release", "onboarding", "claims"]
ROLES = ["assistant", "triager", "reviewer", "planner", "summariser", "router", "analyst", "responder", "auditor", "scout"]
TEAMS = ["team-support-platform", "team-billing", "team-ml-infra", "team-growth", "team-security", "team-data",
         "team-ops", "team-docs"]
MODELS = [("anthropic", "claude-sonnet-4-5", "20250929"), ("anthropic", "claude-haiku-4-5", "20251001"),
          ("openai", "gpt-4.1", "2025-04-14"), ("openai", "gpt-4o-mini", "2024-07-18"),
          ("google", "gemini-2.5-pro", "002")]
EFFECTS = ["reads_data", "writes", "communicates_externally", "executes_code", "destructive", "moves_money"]
DATA_CLASSES = ["public", "internal", "customer_pii", "payment", "health", "credentials"]
TOOL_VERBS = ["search", "get", "list", "create", "update", "delete", "send", "issue", "run", "summarise"]
TOOL_NOUNS = ["tickets", "orders", "refund", "invoice", "email", "documents", "issues", "report", "query", "customer"]
MCP_PACKAGES = [("filesystem", "@modelcontextprotocol/server-filesystem", "2025.8.21"),
                ("memory", "@modelcontextprotocol/server-memory", "2025.9.25"),
                ("puppeteer", "@modelcontextprotocol/server-puppeteer", "2025.5.12"),
                ("slack", "@modelcontextprotocol/server-slack", "2025.4.25"),
                ("postgres", "@modelcontextprotocol/server-postgres", "0.6.2"),
                ("sequential-thinking", "@modelcontextprotocol/server-sequential-thinking", "2025.7.1")]
UVX_PACKAGES = [("fetch", "mcp-server-fetch", "2025.4.7"), ("git", "mcp-server-git", "2025.9.25"),
                ("time", "mcp-server-time", "2025.8.4"), ("sqlite", "mcp-server-sqlite", "2025.4.25")]
REMOTE_SERVERS = [("github", "https://api.githubcopilot.com/mcp/", "GITHUB_TOKEN"),
                  ("linear", "https://mcp.linear.app/sse", "LINEAR_API_KEY"),
                  ("sentry", "https://mcp.sentry.dev/mcp", "SENTRY_AUTH_TOKEN"),
                  ("notion", "https://mcp.notion.com/mcp", "NOTION_TOKEN"),
                  ("atlassian", "https://mcp.atlassian.com/v1/sse", "ATLASSIAN_TOKEN")]
BASE_IMAGES = ["python:3.12-slim", "node:22-bookworm-slim", "gcr.io/distroless/python3-debian12",
               "cgr.dev/chainguard/python", "ubuntu:24.04"]


class Agent:
    """One synthetic agent: its name, its quality and the random stream that shapes its files."""

    def __init__(self, index, seed):
        self.index = index
        self.rng = random.Random(seed * 1_000_003 + index)
        rng = self.rng
        self.domain = rng.choice(DOMAINS)
        self.role = rng.choice(ROLES)
        self.name = f"{self.domain}-{self.role}-{index:05d}"
        self.team = rng.choice(TEAMS)
        # 30% careful, 40% middling, 30% careless: the chance each practice is done badly.
        self.quality = rng.choices(["good", "mixed", "bad"], weights=[3, 4, 3])[0]
        self.badness = {"good": 0.05, "mixed": 0.35, "bad": 0.75}[self.quality]
        # A few careless agents carry planted fake credentials.
        self.plants_secrets = self.quality == "bad" and rng.random() < 0.12
        self.version = f"{rng.randint(0, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 30)}"
        self.port = rng.choice([8000, 8080, 3000, 9000])
        self.tools = self.make_tools()

    def bad(self):
        """Whether the next practice is done badly."""
        return self.rng.random() < self.badness

    def digest(self):
        """A random (never real) sha256 image digest."""
        return "sha256:" + "".join(self.rng.choice("0123456789abcdef") for _ in range(64))

    def fake_token(self, prefix, length, alphabet=string.ascii_letters + string.digits):
        """A random fake credential in a provider's shape; generated, never a real key."""
        return prefix + "".join(self.rng.choice(alphabet) for _ in range(length))

    def make_tools(self):
        rng = self.rng
        tools = []
        for _ in range(rng.randint(2, 7)):
            name = f"{rng.choice(TOOL_VERBS)}_{rng.choice(TOOL_NOUNS)}"
            if any(tool["name"] == name for tool in tools):
                continue
            effects = sorted(set(rng.sample(EFFECTS, rng.randint(1, 2))))
            high_impact = any(effect in ("writes", "destructive", "moves_money", "executes_code") for effect in effects)
            tools.append({
                "name": name,
                "server": rng.choice(["zendesk", "billing", "github", "internal-api", "postgres", "slack"]),
                "effects": effects,
                "dataClasses": sorted(set(rng.sample(DATA_CLASSES, rng.randint(1, 2)))),
                "approval": "required" if high_impact and not self.bad() else "none",
            })
        return tools


def yaml_list(items):
    return "[" + ", ".join(items) + "]"


def manifest(agent):
    """A Preflight manifest (docs/manifest.md); careless agents leave sections out or weaken them."""
    rng = agent.rng
    provider, model, snapshot = rng.choice(MODELS)
    lines = [
        "# yaml-language-server: $schema=../../docs/preflight-manifest.schema.json",
        "apiVersion: preflight/v1",
        "kind: Agent",
        "metadata:",
        f"  name: {agent.name}",
    ]
    if not agent.bad():
        lines.append(f"  version: {agent.version}")
    lines.append(f"  description: {agent.role.capitalize()} for the {agent.domain} team; drafts answers for humans to review.")
    if not agent.bad():
        lines += [f"  owner: {agent.team}", f"  contact: {agent.team.removeprefix('team-')}@example.com"]
    if not agent.bad():
        credential = rng.choice(["workload-identity", "oidc", "spiffe"])
        lines += ["identity:", f"  principal: spiffe://example.com/agents/{agent.name}",
                  f"  credential: {credential}", f"  tokenLifetime: {rng.choice(['90s', '15m', '1h'])}",
                  "  rotation: automatic"]
    elif rng.random() < 0.5:
        lines += ["identity:", f"  credential: {rng.choice(['api-key', 'shared-service-account'])}",
                  f"  tokenLifetime: {rng.choice(['30d', '365d', 'never'])}"]
    lines += ["model:", f"  provider: {provider}", f"  name: {model}",
              f"  version: \"{'latest' if agent.bad() else snapshot}\""]
    lines += ["prompts:", "  - name: system", f"    version: {rng.randint(1, 3)}.{rng.randint(0, 9)}.0",
              "    path: prompts/system.md"]
    lines.append("tools:")
    for tool in agent.tools:
        lines += [f"  - name: {tool['name']}", f"    server: {tool['server']}",
                  f"    effects: {yaml_list(tool['effects'])}", f"    dataClasses: {yaml_list(tool['dataClasses'])}",
                  f"    approval: {tool['approval']}"]
    if not agent.bad():
        lines += ["policies:", f"  default: {'allow' if agent.bad() else 'deny'}", "  rules:"]
        for tool in agent.tools:
            decision = "ask" if tool["approval"] == "required" else "allow"
            lines += [f"    - tool: {tool['name']}", f"      decision: {decision}"]
        lines += ["  rateLimits:", f"    requestsPerMinute: {rng.choice([30, 60, 120])}",
                  "  budget:", f"    maxTokensPerDay: {rng.choice([500000, 2000000, 5000000])}",
                  f"    maxCostPerDayUSD: {rng.choice([10, 50, 200])}",
                  "  limits:", f"    maxIterations: {rng.choice([10, 20, 40])}",
                  f"    maxRuntimeSeconds: {rng.choice([120, 300, 900])}"]
    if not agent.bad():
        lines += ["runtime:", f"  sandbox: {rng.choice(['gvisor', 'kata', 'firecracker', 'container'])}",
                  "  network: restricted", f"  allowedDomains: [api.{agent.domain}.example.com, api.anthropic.com]"]
    else:
        lines += ["runtime:", "  sandbox: none", "  network: open"]
    if not agent.bad():
        lines += ["telemetry:", "  enabled: true", "  exporter: otlp", "  endpoint: https://otel.example.com:4317",
                  f"  serviceName: {agent.name}", f"  captureContent: {rng.choice(['false', 'redacted'])}"]
    if not agent.bad():
        lines += ["audit:", f"  sink: s3://audit-logs/agents/{agent.name}/",
                  f"  retentionDays: {rng.choice([90, 200, 400, 730])}",
                  f"  tamperEvidence: {rng.choice(['hash-chain', 'worm', 'signed', 'append-only'])}",
                  "  fields: [agent, version, tool, decision, approver, timestamp]"]
    if not agent.bad():
        lines += ["governance:", f"  riskTier: {rng.choice(['low', 'medium', 'high'])}",
                  f"  dataClassification: {rng.choice(['internal', 'confidential'])}",
                  f"  killSwitch: feature-flag {agent.name}.enabled",
                  f"  incidentRunbook: docs/runbooks/{agent.name}.md",
                  "  reviewers: [security@example.com, privacy@example.com]",
                  "  approvedBy: jane.doe@example.com"]
    lines += ["environment:", f"  OTEL_SERVICE_NAME: {agent.name}",
              "  OTEL_SEMCONV_STABILITY_OPT_IN: gen_ai_latest_experimental"]
    if agent.plants_secrets and rng.random() < 0.5:
        lines.append(f"  ANTHROPIC_API_KEY: {agent.fake_token('sk-ant-api03-', 40)}")
    return "\n".join(lines) + "\n"


def mcp_config(agent):
    """Claude Code's project `.mcp.json`: local launchers (pinned or not) and remote servers."""
    rng = agent.rng
    servers = {}
    for _ in range(rng.randint(1, 5)):
        kind = rng.choice(["npx", "npx", "uvx", "docker", "remote", "remote"])
        if kind == "npx":
            short, package, version = rng.choice(MCP_PACKAGES)
            spec = package if agent.bad() else f"{package}@{version}"
            args = ["-y", spec]
            if short == "filesystem":
                args.append("/" if agent.bad() else "./docs")
            server = {"command": "npx", "args": args}
            if short == "postgres":
                password = (agent.fake_token("", 20) if agent.plants_secrets else "${PGPASSWORD}")
                server["args"].append(f"postgresql://agent:{password}@db.internal:5432/{agent.domain}")
            if short == "slack":
                token = agent.fake_token("xoxb-", 24, string.digits) if agent.plants_secrets else "${SLACK_BOT_TOKEN}"
                server["env"] = {"SLACK_BOT_TOKEN": token, "SLACK_TEAM_ID": "${SLACK_TEAM_ID}"}
        elif kind == "uvx":
            short, package, version = rng.choice(UVX_PACKAGES)
            server = {"command": "uvx", "args": [package if agent.bad() else f"{package}=={version}"]}
        elif kind == "docker":
            short = "browser"
            image = "mcp/playwright" if agent.bad() else f"mcp/playwright:1.55@{agent.digest()}"
            args = ["run", "-i", "--rm"]
            if agent.bad():
                args += ["--privileged", "--network", "host", "-v", "/:/host"]
            else:
                args += ["--read-only", "--cap-drop", "ALL", "--network", "mcp-egress"]
            server = {"command": "docker", "args": args + [image]}
        else:
            short, url, variable = rng.choice(REMOTE_SERVERS)
            if agent.bad() and rng.random() < 0.3:
                url = url.replace("https://", "http://")
            token = "${" + variable + "}"
            if agent.plants_secrets and short == "github":
                token = agent.fake_token("ghp_", 36)
            server = {"type": "sse" if url.endswith("/sse") else "http", "url": url,
                      "headers": {"Authorization": f"Bearer {token}"}}
        name = short if short not in servers else f"{short}-{len(servers)}"
        servers[name] = server
    return json.dumps({"mcpServers": servers}, indent=2) + "\n"


def claude_settings(agent):
    """Claude Code's `.claude/settings.json`: permission rules, sandbox, hooks and env."""
    rng = agent.rng
    allow = ["Bash(npm run test:*)", "Bash(npm run lint)", "Read(src/**)", "Edit(src/**)",
             f"WebFetch(domain:docs.{agent.domain}.example.com)", "mcp__github__get_*"]
    if agent.bad():
        allow += rng.sample(["Bash", "Bash(*)", "WebFetch", "Edit(**)", "mcp__github"], 2)
    settings = {
        "$schema": "https://json.schemastore.org/claude-code-settings.json",
        "permissions": {
            "allow": allow,
            "ask": ["Bash(git push:*)", "Bash(kubectl apply:*)"],
            "deny": [] if agent.bad() else ["Read(./.env*)", "Read(~/.ssh/**)", "Bash(curl:*)", "Bash(rm -rf:*)"],
            "defaultMode": rng.choice(["bypassPermissions", "dontAsk", "acceptEdits"]) if agent.bad()
            else rng.choice(["default", "plan"]),
        },
    }
    if not agent.bad():
        settings["permissions"]["disableBypassPermissionsMode"] = "disable"
        settings["sandbox"] = {
            "enabled": True, "failIfUnavailable": True, "allowUnsandboxedCommands": False,
            "filesystem": {"denyRead": ["~/.aws", "~/.ssh"], "allowWrite": ["./tmp"]},
            "network": {"allowedDomains": ["registry.npmjs.org", f"api.{agent.domain}.example.com"]},
        }
    else:
        settings["enableAllProjectMcpServers"] = True
    if not agent.bad():
        settings["hooks"] = {
            "PreToolUse": [{"matcher": "Bash|Edit|Write|mcp__.*", "hooks": [
                {"type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/audit.sh", "timeout": 10}]}],
            "PostToolUse": [{"matcher": ".*", "hooks": [
                {"type": "command", "command": "$CLAUDE_PROJECT_DIR/.claude/hooks/record.sh"}]}],
        }
    env = {"CLAUDE_CODE_ENABLE_TELEMETRY": "1", "OTEL_METRICS_EXPORTER": "otlp",
           "OTEL_EXPORTER_OTLP_ENDPOINT": "https://otel.example.com:4318", "OTEL_SERVICE_NAME": agent.name}
    if agent.bad():
        env = {"OTEL_SDK_DISABLED": "true"}
    settings["env"] = env
    return json.dumps(settings, indent=2) + "\n"


def security_context(agent, indent):
    """A container securityContext: hardened, or (for careless agents) privileged and root."""
    pad = " " * indent
    if agent.bad():
        return [f"{pad}securityContext:", f"{pad}  privileged: true", f"{pad}  runAsUser: 0",
                f"{pad}  allowPrivilegeEscalation: true"]
    return [f"{pad}securityContext:", f"{pad}  runAsNonRoot: true", f"{pad}  runAsUser: 10001",
            f"{pad}  allowPrivilegeEscalation: false", f"{pad}  readOnlyRootFilesystem: true",
            f"{pad}  capabilities:", f"{pad}    drop: [ALL]", f"{pad}  seccompProfile:", f"{pad}    type: RuntimeDefault"]


def kubernetes(agent):
    """A multi-document Kubernetes file: Deployment, ServiceAccount and NetworkPolicy."""
    rng = agent.rng
    namespace = f"agents-{agent.domain}"
    image = f"registry.example.com/{agent.domain}/{agent.role}"
    image += ":latest" if agent.bad() else f":{agent.version}@{agent.digest()}"
    account = "default" if agent.bad() else agent.name
    lines = [
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", f"  name: {agent.name}", f"  namespace: {namespace}",
        "  labels:", f"    app.kubernetes.io/name: {agent.name}", f"    app.kubernetes.io/version: \"{agent.version}\"",
        f"    app.kubernetes.io/part-of: {agent.domain}",
        "spec:", f"  replicas: {rng.randint(1, 4)}", "  selector:", "    matchLabels:", f"      app: {agent.name}",
        "  template:", "    metadata:", "      labels:", f"        app: {agent.name}", "        tier: agent",
        "    spec:", f"      serviceAccountName: {account}",
        f"      automountServiceAccountToken: {'true' if agent.bad() else 'false'}",
    ]
    if not agent.bad():
        lines.append(f"      runtimeClassName: {rng.choice(['gvisor', 'kata-qemu'])}")
    if agent.bad():
        lines += ["      hostNetwork: true", "      hostPID: true"]
    lines += ["      securityContext:", "        fsGroup: 10001", "      containers:", f"        - name: {agent.role}",
              f"          image: {image}", "          ports:", f"            - containerPort: {agent.port}",
              "          env:",
              "            - name: OTEL_EXPORTER_OTLP_ENDPOINT", "              value: http://otel-collector:4317",
              "            - name: OTEL_SERVICE_NAME", f"              value: {agent.name}",
              "            - name: ANTHROPIC_API_KEY", "              valueFrom:", "                secretKeyRef:",
              f"                  name: {agent.name}-llm", "                  key: api-key"]
    if agent.plants_secrets and rng.random() < 0.5:
        lines += ["            - name: OPENAI_API_KEY", f"              value: {agent.fake_token('sk-proj-', 48)}"]
    lines += security_context(agent, 10)
    if not agent.bad():
        lines += ["          resources:", "            requests:", "              cpu: 100m", "              memory: 256Mi",
                  "            limits:", "              cpu: \"1\"", "              memory: 512Mi"]
    lines += ["          volumeMounts:", "            - name: scratch", "              mountPath: /tmp", "      volumes:",
              "        - name: scratch", "          emptyDir: {}"]
    if agent.bad():
        lines += ["        - name: host-root", "          hostPath:", "            path: /"]
    lines += ["---", "apiVersion: v1", "kind: ServiceAccount", "metadata:", f"  name: {agent.name}",
              f"  namespace: {namespace}", f"automountServiceAccountToken: {'true' if agent.bad() else 'false'}"]
    lines += ["---", "apiVersion: networking.k8s.io/v1", "kind: NetworkPolicy", "metadata:",
              f"  name: {agent.name}-egress", f"  namespace: {namespace}", "spec:", "  podSelector:", "    matchLabels:",
              f"      app: {agent.name}", "  policyTypes: [Ingress, Egress]", "  ingress:", "    - from:",
              "        - podSelector:", "            matchLabels:", "              app: gateway", "  egress:"]
    if agent.bad():
        lines += ["    - to:", "        - ipBlock:", "            cidr: 0.0.0.0/0"]
    else:
        lines += ["    - to:", "        - namespaceSelector:", "            matchLabels:",
                  "              kubernetes.io/metadata.name: observability", "      ports:",
                  "        - protocol: TCP", "          port: 4317",
                  "    - to:", "        - ipBlock:", f"            cidr: 10.{rng.randint(0, 255)}.0.0/16",
                  "      ports:", "        - protocol: TCP", "          port: 443"]
    return "\n".join(lines) + "\n"


def compose(agent):
    """A Compose file: the agent, a Redis cache and (often) a collector."""
    rng = agent.rng
    lines = ["name: " + agent.name, "services:", f"  {agent.role}:", "    build:", "      context: .",
             "      dockerfile: Dockerfile", f"    image: registry.example.com/{agent.domain}/{agent.role}:{agent.version}",
             "    ports:", f"      - \"127.0.0.1:{agent.port}:{agent.port}\"", "    env_file: [.env]", "    environment:",
             "      OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector:4317", f"      OTEL_SERVICE_NAME: {agent.name}"]
    if agent.plants_secrets:
        lines.append(f"      GITHUB_TOKEN: {agent.fake_token('ghp_', 36)}")
    if agent.bad():
        lines += ["    privileged: true", "    network_mode: host", "    cap_add: [SYS_ADMIN, NET_ADMIN]",
                  "    security_opt: [\"seccomp:unconfined\"]", "    volumes:",
                  "      - /var/run/docker.sock:/var/run/docker.sock", "      - ./data:/data"]
    else:
        lines += ["    user: \"10001:10001\"", "    read_only: true", "    cap_drop: [ALL]",
                  "    security_opt: [\"no-new-privileges:true\"]"]
        if rng.random() < 0.5:
            lines.append("    runtime: runsc")
        lines += ["    tmpfs: [/tmp]", "    deploy:", "      resources:", "        limits:", "          cpus: \"1.0\"",
                  "          memory: 512M", "    volumes:", "      - ./data:/data:ro"]
    lines += ["    depends_on: [redis]", "  redis:", f"    image: redis:7.4-alpine{'' if agent.bad() else '@' + agent.digest()}",
              "    command: [\"redis-server\", \"--save\", \"\", \"--appendonly\", \"no\"]", "    read_only: true"]
    if rng.random() < 0.6:
        lines += ["  otel-collector:", "    image: otel/opentelemetry-collector-contrib:0.114.0",
                  "    command: [\"--config=/etc/otelcol/config.yaml\"]",
                  "    volumes:", "      - ./otel-collector.yaml:/etc/otelcol/config.yaml:ro"]
    return "\n".join(lines) + "\n"


def dockerfile(agent):
    """A Dockerfile: pinned base and non-root user, or `latest`, root and `curl | sh`."""
    rng = agent.rng
    base = rng.choice(BASE_IMAGES)
    lines = [f"# {agent.name}: container image", "# syntax=docker/dockerfile:1.7"]
    lines.append(f"FROM {base.split(':')[0]}:latest AS build" if agent.bad() else f"FROM {base}@{agent.digest()} AS build")
    lines += ["WORKDIR /app", "COPY requirements.txt pyproject.toml ./",
              "RUN pip install --no-cache-dir --require-hashes -r requirements.txt"]
    if agent.bad():
        lines.append("RUN curl -fsSL https://install.example.com/agent-tools.sh | sh")
    lines += ["COPY src/ ./src/", "", f"FROM {base}" + ("" if agent.bad() else f"@{agent.digest()}"), "WORKDIR /app",
              "COPY --from=build /app /app", f"ENV PORT={agent.port} PYTHONUNBUFFERED=1"]
    if agent.plants_secrets:
        lines.append(f"ENV HF_TOKEN={agent.fake_token('hf_', 34)}")
    if not agent.bad():
        lines += ["RUN useradd --uid 10001 --no-create-home agent", "USER 10001"]
    lines += [f"EXPOSE {agent.port}", "HEALTHCHECK CMD [\"python\", \"-m\", \"src.health\"]",
              "ENTRYPOINT [\"python\", \"-m\", \"src.main\"]"]
    return "\n".join(lines) + "\n"


def dotenv(agent):
    """A `.env`: placeholders in careful agents, fake planted keys in a few careless ones."""
    rng = agent.rng
    lines = [f"# {agent.name} local settings; real values come from the secret store",
             f"PORT={agent.port}", "LOG_LEVEL=info", f"OTEL_SERVICE_NAME={agent.name}",
             "OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4317",
             "OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental",
             f"OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT={'true' if agent.bad() else 'NO_CONTENT'}",
             "ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}", "DATABASE_URL=postgresql://agent:${PGPASSWORD}@localhost:5432/agent",
             f"REDIS_URL=redis://localhost:6379/{rng.randint(0, 15)}"]
    if agent.plants_secrets:
        lines.append(f"AWS_ACCESS_KEY_ID={agent.fake_token('AKIA', 16, string.ascii_uppercase + string.digits)}")
        lines.append(f"STRIPE_API_KEY={agent.fake_token('sk_live_', 24)}")
    return "\n".join(lines) + "\n"


def collector(agent):
    """An OpenTelemetry Collector configuration; careless agents export only to `debug`."""
    rng = agent.rng
    exporters = ["debug"] if agent.bad() else ["otlp"] + (["debug"] if rng.random() < 0.3 else [])
    lines = ["receivers:", "  otlp:", "    protocols:", "      grpc:", "        endpoint: 0.0.0.0:4317", "      http:",
             "        endpoint: 0.0.0.0:4318", "processors:", "  memory_limiter:", "    check_interval: 1s",
             "    limit_mib: 400", "  batch:", "    timeout: 5s", "    send_batch_size: 512"]
    processors = ["memory_limiter", "batch"]
    if not agent.bad():
        lines += ["  redaction:", "    allow_all_keys: true", "    blocked_values:",
                  "      - \"[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}[- ]?[0-9]{4}\"",
                  "      - \"[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\\\.[a-z]{2,}\""]
        processors.insert(1, "redaction")
    lines += ["exporters:", "  debug:", "    verbosity: basic"]
    if "otlp" in exporters:
        lines += ["  otlp:", "    endpoint: otel.example.com:4317", "    tls:", "      insecure: false",
                  "    headers:", "      x-tenant: " + agent.team]
    lines += ["service:", "  pipelines:", "    traces:", "      receivers: [otlp]",
              f"      processors: {yaml_list(processors)}", f"      exporters: {yaml_list(exporters)}",
              "    metrics:", "      receivers: [otlp]", "      processors: [memory_limiter, batch]",
              f"      exporters: {yaml_list(exporters)}"]
    return "\n".join(lines) + "\n"


WRITERS = {
    "preflight.yaml": manifest,
    ".mcp.json": mcp_config,
    ".claude/settings.json": claude_settings,
    "deploy/deployment.yaml": kubernetes,
    "compose.yaml": compose,
    "Dockerfile": dockerfile,
    ".env": dotenv,
    "otel-collector.yaml": collector,
}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def generate(agents, seed, output):
    """Writes the tree; returns (files written, bytes written)."""
    files = 0
    size = 0
    root_notes = ("# Synthetic agent monorepo\n\nGenerated by Benchmarks/generate.py "
                  f"(version {GENERATOR_VERSION}, seed {seed}, {agents} agents). Not real projects.\n")
    write(os.path.join(output, "README.md"), root_notes)
    for index in range(1, agents + 1):
        agent = Agent(index, seed)
        directory = os.path.join(output, "agents", f"agent-{index:05d}")
        chosen = [name for name, odds in FILE_ODDS.items() if agent.rng.random() < odds]
        for name in chosen:
            text = WRITERS[name](agent)
            write(os.path.join(directory, name), text)
            files += 1
            size += len(text.encode("utf-8"))
        # Now and then a dependency folder that both Preflight and the floor must walk past.
        if agent.rng.random() < 0.02:
            write(os.path.join(directory, "node_modules", "left-pad", "package.json"),
                  json.dumps({"name": "left-pad", "version": "1.3.0", "main": "index.js"}, indent=2) + "\n")
    return files, size


def main():
    parser = argparse.ArgumentParser(description="Generate a synthetic agent monorepo for the Preflight benchmark.")
    parser.add_argument("--agents", "-n", type=int, default=1000, help="number of agents (default 1000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--output", "-o", required=True, help="directory to write into (replaced if it exists)")
    arguments = parser.parse_args()
    if arguments.agents < 1 or arguments.agents > 99_999:
        parser.error("--agents must be between 1 and 99999")
    if os.path.exists(arguments.output):
        shutil.rmtree(arguments.output)
    files, size = generate(arguments.agents, arguments.seed, arguments.output)
    stamp = f"generator={GENERATOR_VERSION} seed={arguments.seed} agents={arguments.agents} files={files} bytes={size}\n"
    write(os.path.join(arguments.output, ".generated"), stamp)
    sys.stdout.write(stamp)


if __name__ == "__main__":
    main()
