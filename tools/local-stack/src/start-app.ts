// Starts one MCP server from apps/<name> pointed at a Cloudflare-compatible API (usually the emulator).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type LocalSandbox, startSandboxFor } from "./local-sandbox.ts";
import type { ExitInfo } from "./process-group.ts";
import { repoRoot } from "./repo-root.ts";
import { emulatorDir } from "./start-emulator.ts";
import { type RunningWorker, type StartWorkerOptions, startWorker } from "./start-worker.ts";
import { devPortOf, devVarsFor } from "./wrangler-config.ts";

export interface RunningApp extends RunningWorker {
  /** url + "/mcp": the Streamable HTTP endpoint. */
  mcpUrl: string;
  /** The supervised local sandbox of an app that runs agent code (see local-sandbox.ts). */
  sandbox?: LocalSandbox;
}

export interface StartAppOptions
  extends Pick<StartWorkerOptions, "runtime" | "watch" | "logRequests"> {
  /** Passed to the app as CLOUDFLARE_API_BASE_URL. */
  apiBaseUrl: string;
  port?: number;
  persistTo?: string;
  /** Extra vars; they win over wrangler.jsonc's but not over apiBaseUrl. */
  vars?: Record<string, string>;
  timeoutMs?: number;
  onLine?: (line: string) => void;
  onExit?: (exit: ExitInfo) => void;
}

export async function startApp(app: string, options: StartAppOptions): Promise<RunningApp> {
  const dir = appDir(app);
  if (!existsSync(dir)) {
    throw new Error(
      `local-stack: no app "${app}" in apps/ (found: ${listApps().join(", ") || "none"})`,
    );
  }
  const { apiBaseUrl, vars, ...rest } = options;
  const sandbox = await startSandboxFor(dir, options.onLine);
  let worker: RunningWorker;
  try {
    worker = await startWorker({
      ...rest,
      dir,
      name: app,
      vars: {
        ...emulatorVars(dir, apiBaseUrl),
        ...sandbox?.vars,
        ...vars,
        CLOUDFLARE_API_BASE_URL: apiBaseUrl,
      },
    });
  } catch (error) {
    await sandbox?.stop();
    throw error;
  }
  if (!sandbox) return { ...worker, mcpUrl: `${worker.url}/mcp` };
  return {
    ...worker,
    mcpUrl: `${worker.url}/mcp`,
    sandbox,
    stop: async () => {
      await Promise.all([worker.stop(), sandbox.stop()]);
    },
  };
}

export function appDir(app: string): string {
  return join(repoRoot(), "apps", app);
}

/** Folder names under apps/ that hold a Worker package. */
export function listApps(): string[] {
  const apps = join(repoRoot(), "apps");
  if (!existsSync(apps)) return [];
  return readdirSync(apps, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(apps, entry.name, "package.json")))
    .map((entry) => entry.name)
    .sort();
}

/**
 * The app's top-level vars that name the emulator (its API and OAuth upstream, from wrangler.jsonc),
 * moved to the emulator `apiBaseUrl` belongs to, when it is a local emulator on another port.
 */
function emulatorVars(dir: string, apiBaseUrl: string): Record<string, string> {
  const url = new URL(apiBaseUrl);
  if (!url.pathname.replace(/\/$/, "").endsWith("/client/v4")) return {};
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return {};
  return devVarsFor(dir, `http://127.0.0.1:${devPortOf(emulatorDir())}`, url.origin);
}
