/**
 * Asks the servers themselves what they offer: one emulator, every requested app started against
 * it in parallel (each under its own `wrangler dev` with its own temporary state, so starts do not
 * contend for a SQLite file), then `initialize` + `tools/list` through a real MCP client.
 */
import { connectMcpClient, type RunningApp, startApp, startEmulator } from "@repo/local-stack";
import type { ListedTool } from "./tool-summary.ts";

/** The emulator's seeded user token (docs/local-contract.md): a public development value. */
const DEV_TOKEN = "cfemu_user_token";
// Under `turbo run test` every package's tests start Workers at once; a start can take far longer
// than the few seconds it takes alone.
const START_TIMEOUT_MS = 120_000;

export interface AppCatalogue {
  app: string;
  /** `serverInfo` from initialize. */
  server: { name: string; title: string | undefined; version: string };
  tools: ListedTool[];
}

export type CatalogueResult =
  | { ok: true; catalogue: AppCatalogue }
  | { ok: false; app: string; error: string };

export async function readCatalogues(apps: readonly string[]): Promise<CatalogueResult[]> {
  const emulator = await startEmulator({ timeoutMs: START_TIMEOUT_MS });
  try {
    return await Promise.all(apps.map((app) => readOne(app, emulator.apiBaseUrl)));
  } finally {
    await emulator.stop();
  }
}

async function readOne(app: string, apiBaseUrl: string): Promise<CatalogueResult> {
  let running: RunningApp | undefined;
  try {
    running = await startApp(app, { apiBaseUrl, timeoutMs: START_TIMEOUT_MS });
    const mcpUrl = running.mcpUrl;
    return { ok: true, catalogue: await withRetry(() => listCatalogue(app, mcpUrl)) };
  } catch (error) {
    return { ok: false, app, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await running?.stop();
  }
}

async function listCatalogue(app: string, mcpUrl: string): Promise<AppCatalogue> {
  const client = await connectMcpClient(mcpUrl, { token: DEV_TOKEN, name: "app-docs" });
  try {
    const tools: ListedTool[] = [];
    let cursor: string | undefined;
    do {
      const page = await client.listTools(cursor ? { cursor } : {});
      tools.push(...(page.tools as ListedTool[]));
      cursor = page.nextCursor;
    } while (cursor);
    const server = client.getServerVersion();
    if (!server) throw new Error("initialize returned no serverInfo");
    return {
      app,
      server: { name: server.name, title: server.title, version: server.version },
      tools,
    };
  } finally {
    await client.close();
  }
}

/**
 * `wrangler dev` reloads a Worker when a source file under it changes (an editor save, another
 * process writing) and then fails the request in flight with "restarted mid-request"; asking
 * again gets the reloaded Worker's answer.
 */
async function withRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      const restarted = error instanceof Error && /restarted mid-request/i.test(error.message);
      if (!restarted || tries >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
