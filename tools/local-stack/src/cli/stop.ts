// `pnpm dev:stop`: stops the `pnpm dev` stack of this checkout, from any terminal. It asks the
// supervisor to stop (SIGTERM: it stops every server and waits for them), then ends whatever
// process group of the record is still running (a supervisor killed with SIGKILL leaves those).
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { repoRoot } from "../repo-root.ts";
import { isAlive, liveGroups, readStackRecord, stackFile } from "./pidfile.ts";
import { statePath } from "./stack-plan.ts";

const SUPERVISOR_GRACE_MS = 15_000;
const GROUP_GRACE_MS = 5_000;
const REAP_GRACE_MS = 2_000;

async function main(): Promise<number> {
  const file = stackFile(statePath(process.env, repoRoot()));
  const record = readStackRecord(file);
  if (!record) {
    console.log("No pnpm dev is recorded for this checkout: nothing to stop.");
    return 0;
  }
  if (isAlive(record.pid) && isSupervisor(record.pid)) {
    console.log(`Stopping pnpm dev (pid ${record.pid})...`);
    process.kill(record.pid, "SIGTERM");
    await waitFor(() => !isAlive(record.pid), SUPERVISOR_GRACE_MS);
  }
  // Processes the supervisor just killed linger for a moment until they are reaped.
  await waitFor(() => liveGroups(record).length === 0, REAP_GRACE_MS);
  let groups = liveGroups(record);
  if (groups.length > 0) {
    console.log(`Ending ${groups.length} leftover process group(s)...`);
    for (const group of groups) signalGroup(group, "SIGTERM");
    await waitFor(() => liveGroups(record).length === 0, GROUP_GRACE_MS);
    for (const group of liveGroups(record)) signalGroup(group, "SIGKILL");
    groups = liveGroups(record);
  }
  if (isAlive(record.pid) && isSupervisor(record.pid)) {
    console.error(`pnpm dev (pid ${record.pid}) did not stop; end it with: kill -9 ${record.pid}`);
    return 1;
  }
  rmSync(file, { force: true });
  const ports = Object.entries(record.ports).map(([name, port]) => `${name} ${port}`);
  console.log(`Stopped. Ports free again: ${ports.join(", ")}.`);
  return 0;
}

/** Guards against a recycled pid: the process must still be our supervisor. */
function isSupervisor(pid: number): boolean {
  if (process.platform === "win32") return true;
  try {
    const args = execFileSync("ps", ["-o", "args=", "-p", String(pid)], { encoding: "utf8" });
    return args.includes("dev.ts");
  } catch {
    return false;
  }
}

function signalGroup(group: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-group, signal);
  } catch {
    // Already gone.
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(200);
}

process.exitCode = await main();
