// Starts one MCP server from apps/<name> pointed at a Cloudflare-compatible API (usually the emulator).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ExitInfo } from "./process-group.ts";
import { repoRoot } from "./repo-root.ts";
import { type RunningWorker, startWorker } from "./start-worker.ts";

export interface RunningApp extends RunningWorker {
  /** url + "/mcp": the Streamable HTTP endpoint. */
  mcpUrl: string;
}

export interface StartAppOptions {
  /** Passed to the app as CLOUDFLARE_API_BASE_URL. */
  apiBaseUrl: string;
  port?: number;
  persistTo?: string;
  /** Extra vars; they win over wrangler.jsonc but not over apiBaseUrl. */
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
  const worker = await startWorker({
    ...rest,
    dir,
    name: app,
    vars: { ...emulatorOAuthVars(apiBaseUrl), ...vars, CLOUDFLARE_API_BASE_URL: apiBaseUrl },
  });
  return { ...worker, mcpUrl: `${worker.url}/mcp` };
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
 * OAuth against the emulator's upstream (its /oauth2/auth and /oauth2/token, its seeded OAuth app
 * `cfemu_oauth_client`, see tools/emulator/src/seed/oauth.ts): on whenever the API is a local
 * emulator, so `pnpm dev` and app tests run with OAuth beside API tokens. Public dev values only.
 */
export function emulatorOAuthVars(apiBaseUrl: string): Record<string, string> {
  const url = new URL(apiBaseUrl);
  if (!url.pathname.replace(/\/$/, "").endsWith("/client/v4")) return {};
  if (!["127.0.0.1", "localhost", "[::1]"].includes(url.hostname)) return {};
  return {
    CLOUDFLARE_OAUTH_AUTHORIZE_URL: `${url.origin}/oauth2/auth`,
    CLOUDFLARE_OAUTH_TOKEN_URL: `${url.origin}/oauth2/token`,
    CLOUDFLARE_OAUTH_CLIENT_ID: "cfemu_oauth_client",
    CLOUDFLARE_OAUTH_CLIENT_SECRET: "cfemu_oauth_client_secret",
    OAUTH_COOKIE_SECRET: "cfemu-dev-cookie-secret-0123456789abcdef",
  };
}
