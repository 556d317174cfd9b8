/**
 * Vitest global setup: starts the emulator and every server of the suite once (see stack.ts),
 * and stops them after the last file. The servers' runtime trusts a throwaway CA made here
 * (NODE_EXTRA_CA_CERTS), so cimd.test.ts can serve metadata documents over https.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type RunningApp,
  type RunningEmulator,
  repoRoot,
  startApp,
  startEmulator,
} from "@repo/local-stack";
import type { TestProject } from "vitest/node";
import { OAUTH_APPS, type OAuthApp, type SuiteServers } from "./stack.ts";

// `turbo run test` starts every package's tests at once: a start can take far longer than alone.
const START_TIMEOUT_MS = 120_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cleanup: Array<() => Promise<void> | void> = [];
  const teardown = async () => {
    for (const step of cleanup.reverse()) await step();
  };
  try {
    const certs = makeCertificate();
    if (certs) cleanup.push(() => rmSync(certs, { recursive: true, force: true }));
    const emulator = await startEmulator({ timeoutMs: START_TIMEOUT_MS });
    cleanup.push(() => emulator.stop());
    const apps = await startApps(emulator, certs, cleanup);
    const servers: SuiteServers = {
      emulator: { url: emulator.url, apiBaseUrl: emulator.apiBaseUrl },
      apps,
      certs,
    };
    project.provide("oauthE2eServers", servers);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

async function startApps(
  emulator: RunningEmulator,
  certs: string | null,
  cleanup: Array<() => Promise<void> | void>,
): Promise<SuiteServers["apps"]> {
  const apiState = seedApiSpec();
  cleanup.push(() => rmSync(apiState, { recursive: true, force: true }));
  // Read by the servers' runtime when it starts; this process makes no https requests itself.
  if (certs) process.env.NODE_EXTRA_CA_CERTS = join(certs, "cert.pem");
  try {
    // allSettled: every start must have registered its stop before teardown may run.
    const settled = await Promise.allSettled(
      OAUTH_APPS.map(async (app): Promise<[OAuthApp, RunningApp]> => {
        const running = await startApp(app, {
          apiBaseUrl: emulator.apiBaseUrl,
          timeoutMs: START_TIMEOUT_MS,
          ...(app === "api" ? { persistTo: apiState } : {}),
        });
        cleanup.push(() => running.stop());
        return [app, running];
      }),
    );
    const failure = settled.find((result) => result.status === "rejected");
    if (failure) throw failure.reason;
    const started = settled.map(
      (result) => (result as PromiseFulfilledResult<[OAuthApp, RunningApp]>).value,
    );
    return Object.fromEntries(
      started.map(([app, running]) => [app, { url: running.url, mcpUrl: running.mcpUrl }]),
    ) as SuiteServers["apps"];
  } finally {
    delete process.env.NODE_EXTRA_CA_CERTS;
  }
}

/** A state folder holding apps/api's fixture spec in SPEC_STORE (`pnpm --filter api spec:seed`). */
function seedApiSpec(): string {
  const api = join(repoRoot(), "apps", "api");
  const state = mkdtempSync(join(tmpdir(), "oauth-e2e-api-"));
  execFileSync(process.execPath, ["scripts/seed-spec.ts", "--persist-to", state], {
    cwd: api,
    env: {
      ...process.env,
      CLOUDFLARE_OPENAPI_SPEC: join(api, "test", "fixtures", "openapi.json"),
      WRANGLER_SEND_METRICS: "false",
    },
    stdio: "pipe",
  });
  return state;
}

/** A throwaway self-signed CA for localhost and 127.0.0.1, or null when openssl is missing. */
function makeCertificate(): string | null {
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
  } catch {
    return null;
  }
  const certs = mkdtempSync(join(tmpdir(), "oauth-e2e-cimd-"));
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"],
      ...["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"],
      ...["-addext", "basicConstraints=critical,CA:TRUE"],
      ...["-keyout", join(certs, "key.pem"), "-out", join(certs, "cert.pem")],
    ],
    { stdio: "ignore" },
  );
  return certs;
}
