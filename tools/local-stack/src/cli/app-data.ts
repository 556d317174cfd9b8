/**
 * An app's local data step: `apps/<name>/scripts/dev-data.ts`, when the app has one, runs before
 * the app starts and brings the data it serves into the shared state folder (the api server: its
 * OpenAPI spec and docs index). It is its own process group like the servers, so a signal stops
 * it too. Exit code 0: data current; 3: some could not be loaded (it printed why, one line each);
 * anything else: the step itself failed.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { spawnGroup } from "../process-group.ts";

export const APP_DATA_SCRIPT = join("scripts", "dev-data.ts");

export interface AppDataOutcome {
  /** Lines that say what is missing and how to get it. */
  problems: string[];
}

export function hasAppData(appDir: string): boolean {
  return existsSync(join(appDir, APP_DATA_SCRIPT));
}

export async function runAppData(options: {
  appDir: string;
  persistTo: string;
  onLine: (line: string) => void;
}): Promise<AppDataOutcome> {
  const lines: string[] = [];
  const group = spawnGroup({
    command: process.execPath,
    args: [APP_DATA_SCRIPT, "--persist-to", options.persistTo],
    cwd: options.appDir,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false" },
    onLine: (line) => {
      if (line.trim() === "") return;
      lines.push(line);
      options.onLine(line);
    },
  });
  const exit = await group.exited;
  if (exit.code === 0) return { problems: [] };
  if (exit.code === 3) return { problems: lines.filter((line) => /: not loaded/.test(line)) };
  const how = exit.signal ? `signal ${exit.signal}` : `exit code ${exit.code}`;
  return { problems: [`loading its data failed (${how}); see the lines above`] };
}
