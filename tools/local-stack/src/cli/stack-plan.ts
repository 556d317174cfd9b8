// Decides what `pnpm dev` starts, on which ports, from the environment and the apps that exist.
import { join, resolve } from "node:path";
import { isPortFree } from "../ports.ts";
import { APP_SERVERS, EMULATOR, type ServerDefinition } from "./contract.ts";

export interface PlannedServer {
  definition: ServerDefinition;
  port: number;
}

export interface StackPlan {
  /** Absent when the user pointed the servers at their own API with CLOUDFLARE_API_BASE_URL. */
  emulator: PlannedServer | undefined;
  /** Set when CLOUDFLARE_API_BASE_URL was given. */
  externalApiBaseUrl: string | undefined;
  apps: PlannedServer[];
  /** Known servers whose folder does not exist yet. */
  missingApps: string[];
  /** Shared by every server so the MCP_STATE namespace is common and survives restarts. */
  persistTo: string;
}

export function planStack(options: {
  env: Record<string, string | undefined>;
  existingApps: readonly string[];
  /** Servers in apps/ that the contract does not list (see discover-apps.ts); started last. */
  discoveredApps?: readonly ServerDefinition[];
  repoRoot: string;
}): StackPlan {
  const { env, existingApps } = options;
  const externalApiBaseUrl = env.CLOUDFLARE_API_BASE_URL?.trim() || undefined;
  const present = APP_SERVERS.filter((server) => existingApps.includes(server.name));
  const discovered = (options.discoveredApps ?? []).filter(
    (server) => !APP_SERVERS.some((known) => known.name === server.name),
  );
  return {
    emulator: externalApiBaseUrl ? undefined : plan(EMULATOR, env),
    externalApiBaseUrl,
    apps: [...present, ...discovered].map((server) => plan(server, env)),
    missingApps: APP_SERVERS.filter((server) => !present.includes(server)).map((s) => s.name),
    persistTo: statePath(env, options.repoRoot),
  };
}

/**
 * The shared state folder: `<repo>/.wrangler/state`, or LOCAL_STACK_STATE (relative to where the
 * user ran the command) for a second, separate stack such as a test's.
 */
export function statePath(env: Record<string, string | undefined>, repoRoot: string): string {
  const custom = env.LOCAL_STACK_STATE?.trim();
  if (!custom) return join(repoRoot, ".wrangler", "state");
  return resolve(env.INIT_CWD || process.cwd(), custom);
}

function plan(definition: ServerDefinition, env: Record<string, string | undefined>) {
  return { definition, port: parsePort(definition, env[definition.portVariable]) };
}

function parsePort(definition: ServerDefinition, raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return definition.defaultPort;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`${definition.portVariable}=${raw} is not a port number (1-65535)`);
  }
  return port;
}

/** Every planned server in start order: the emulator first. */
export function plannedServers(plan: StackPlan): PlannedServer[] {
  return plan.emulator ? [plan.emulator, ...plan.apps] : [...plan.apps];
}

/**
 * Fails before anything starts when two servers share a port or a port is taken, naming the
 * variable that moves it.
 */
export async function assertPortsAvailable(plan: StackPlan): Promise<void> {
  const problems: string[] = [];
  const seen = new Map<number, PlannedServer>();
  for (const server of plannedServers(plan)) {
    const { name, portVariable } = server.definition;
    const clash = seen.get(server.port);
    if (clash) {
      problems.push(
        `${name} and ${clash.definition.name} both want port ${server.port}: change ${portVariable}`,
      );
      continue;
    }
    seen.set(server.port, server);
    if (!(await isPortFree(server.port))) {
      problems.push(
        `port ${server.port} for ${name} is already in use: stop what uses it or set ${portVariable}=<another port>`,
      );
    }
  }
  if (problems.length > 0) throw new Error(problems.join("\n"));
}
