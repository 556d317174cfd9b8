// `pnpm dev`: loads each app's local data when it is missing or stale, starts the emulator and
// every MCP server in apps/ (the contract's, then any other with a `dev.port` in its
// wrangler.jsonc), prints how to connect, and stops them all on SIGINT, SIGTERM or SIGHUP, or
// when the pnpm process that started it is gone. `dev-stack.json` in the state folder records the
// stack for `pnpm dev:stop` and for the next `pnpm dev`.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { onGroupsChange } from "../cleanup.ts";
import type { ExitInfo } from "../process-group.ts";
import { repoRoot } from "../repo-root.ts";
import { appDir, listApps, startApp } from "../start-app.ts";
import { EMULATOR_HEALTH_PATH, emulatorDir, startEmulator } from "../start-emulator.ts";
import type { RunningWorker } from "../start-worker.ts";
import { hasAppData, runAppData } from "./app-data.ts";
import { type BannerInput, renderBanner } from "./banner.ts";
import { APP_SERVERS } from "./contract.ts";
import { discoverAppServers } from "./discover-apps.ts";
import { createServerOutput } from "./output.ts";
import { watchParents } from "./parent-watch.ts";
import {
  describePreviousStack,
  previousStack,
  removeStackRecord,
  type StackRecord,
  stackFile,
  writeStackRecord,
} from "./pidfile.ts";
import { assertPortsAvailable, plannedServers, planStack, statePath } from "./stack-plan.ts";

const running: RunningWorker[] = [];
let shuttingDown = false;
const recordFile = stackFile(statePath(process.env, repoRoot()));
let record: StackRecord | undefined;

const say = (text: string) => process.stdout.write(`[local-stack] ${text}\n`);

async function main(): Promise<void> {
  const previous = describePreviousStack(previousStack(recordFile));
  if (previous) throw new Error(previous);

  const existingApps = listApps();
  const discovery = discoverAppServers({
    appsDir: join(repoRoot(), "apps"),
    apps: existingApps,
    known: APP_SERVERS,
  });
  for (const { name, reason } of discovery.skipped) say(`not starting apps/${name}: ${reason}`);
  const plan = planStack({
    env: process.env,
    existingApps,
    discoveredApps: discovery.servers,
    repoRoot: repoRoot(),
  });
  await assertPortsAvailable(plan);
  if (plan.emulator && !existsSync(emulatorDir())) {
    throw new Error(
      `tools/emulator does not exist yet; set CLOUDFLARE_API_BASE_URL to use another API instead`,
    );
  }
  mkdirSync(plan.persistTo, { recursive: true });
  record = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    groups: [],
    ports: Object.fromEntries(plannedServers(plan).map((s) => [s.definition.name, s.port])),
  };
  writeStackRecord(recordFile, record);
  onGroupsChange((groups) => {
    if (!record || shuttingDown) return;
    // Groups are only added while starting; keep ended ones so dev:stop can check them too.
    record.groups = [...new Set([...record.groups, ...groups])];
    writeStackRecord(recordFile, record);
  });

  const verbose = process.env.LOCAL_STACK_VERBOSE === "1";
  const prefixWidth = Math.max(...plannedServers(plan).map((s) => s.definition.name.length));
  const outputFor = (name: string, readyPath: string) =>
    createServerOutput({
      name,
      prefixWidth,
      verbose,
      readyPath,
      write: (text) => process.stdout.write(text),
    });
  const prefixed = (name: string) => (line: string) =>
    process.stdout.write(`${`[${name}]`.padEnd(prefixWidth + 2)} ${line}\n`);
  const onExit = (name: string) => (exit: ExitInfo) => {
    if (shuttingDown) return;
    const how = exit.signal ? `signal ${exit.signal}` : `code ${exit.code}`;
    process.stderr.write(`[local-stack] ${name} exited unexpectedly (${how}); stopping.\n`);
    void shutdown(1);
  };

  // Data first: loaders and runtimes opening the shared state folder at once can hit SQLite locks.
  const dataProblems: BannerInput["dataProblems"] = [];
  for (const app of plan.apps) {
    const { name } = app.definition;
    if (!hasAppData(appDir(name))) continue;
    say(`checking ${name}'s local data...`);
    const outcome = await runAppData({
      appDir: appDir(name),
      persistTo: plan.persistTo,
      onLine: prefixed(name),
    });
    if (shuttingDown) return;
    for (const problem of outcome.problems) dataProblems.push({ app: name, problem });
  }

  let apiBaseUrl = plan.externalApiBaseUrl;
  if (plan.emulator) {
    say(`starting the emulator on port ${plan.emulator.port}...`);
    const output = outputFor("emulator", EMULATOR_HEALTH_PATH);
    const emulator = await startEmulator({
      port: plan.emulator.port,
      persistTo: plan.persistTo,
      watch: true,
      logRequests: true,
      onLine: output.onLine,
      onExit: onExit("emulator"),
    });
    running.push(emulator);
    output.markReady();
    apiBaseUrl = emulator.apiBaseUrl;
  } else {
    say(`CLOUDFLARE_API_BASE_URL is set: servers call ${apiBaseUrl}; the emulator is not started.`);
  }
  if (!apiBaseUrl) throw new Error("no API base URL");

  // One at a time: runtimes that open the shared persist folder at the same moment can fail on
  // SQLite locks, and on a small machine parallel starts gain little.
  const apps: BannerInput["apps"] = [];
  for (const app of plan.apps) {
    if (shuttingDown) return;
    const { name } = app.definition;
    say(`starting ${name} on port ${app.port}...`);
    const output = outputFor(name, "/");
    const server = await startApp(name, {
      apiBaseUrl,
      port: app.port,
      persistTo: plan.persistTo,
      watch: true,
      logRequests: true,
      onLine: output.onLine,
      onExit: onExit(name),
    });
    running.push(server);
    output.markReady();
    apps.push({ definition: app.definition, mcpUrl: server.mcpUrl });
  }
  if (shuttingDown) return;

  process.stdout.write(
    renderBanner({
      emulatorApiUrl: plan.emulator ? apiBaseUrl : undefined,
      externalApiBaseUrl: plan.externalApiBaseUrl,
      apps,
      missingApps: plan.missingApps,
      persistTo: plan.persistTo,
      dataProblems,
    }),
  );
}

async function shutdown(code: number): Promise<never> {
  if (!shuttingDown) {
    shuttingDown = true;
    await Promise.allSettled(running.map((server) => server.stop()));
    removeStackRecord(recordFile);
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    // A second Ctrl-C while stopping exits at once; the exit hook still kills every process group.
    if (shuttingDown) process.exit(130);
    say(`stopping (${signal})...`);
    void shutdown(0);
  });
}
watchParents((why) => {
  if (shuttingDown) return;
  say(`stopping: ${why}...`);
  void shutdown(0);
});
process.on("exit", () => removeStackRecord(recordFile));

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[local-stack] ${message}\n`);
  await shutdown(1);
});
