// Starts tools/emulator (the local Cloudflare API) and exposes its API URL and reset route.
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { ExitInfo } from "./process-group.ts";
import { repoRoot } from "./repo-root.ts";
import { type RunningWorker, type StartWorkerOptions, startWorker } from "./start-worker.ts";

export interface RunningEmulator extends RunningWorker {
  /** url + "/client/v4": the value for CLOUDFLARE_API_BASE_URL. */
  apiBaseUrl: string;
  /** Wipes the emulator's data and re-seeds the demo account. */
  reset(): Promise<void>;
}

export interface StartEmulatorOptions
  extends Pick<StartWorkerOptions, "runtime" | "watch" | "logRequests"> {
  port?: number;
  persistTo?: string;
  timeoutMs?: number;
  onLine?: (line: string) => void;
  onExit?: (exit: ExitInfo) => void;
}

export const EMULATOR_HEALTH_PATH = "/__emulator/health";
const EMULATOR_RESET_PATH = "/__emulator/reset";

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const dir = emulatorDir();
  if (!existsSync(dir)) throw new Error(`local-stack: the emulator is missing (${dir})`);
  const worker = await startWorker({
    dir,
    name: "emulator",
    readyPath: EMULATOR_HEALTH_PATH,
    ...options,
  });
  return {
    ...worker,
    apiBaseUrl: `${worker.url}/client/v4`,
    reset: async () => {
      const response = await fetch(`${worker.url}${EMULATOR_RESET_PATH}`, { method: "POST" });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`local-stack: emulator reset answered ${response.status}`);
    },
  };
}

export function emulatorDir(): string {
  return join(repoRoot(), "tools", "emulator");
}
