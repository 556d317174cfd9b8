/**
 * Each test file runs the emulator and one server under `wrangler dev`, the way `pnpm dev` does:
 * `startApp` turns OAuth on against the emulator's upstream. Helpers reach the emulator's OAuth
 * control routes.
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
import { afterAll, beforeAll } from "vitest";

export interface OAuthStack {
  emulator: RunningEmulator;
  app: RunningApp;
  /** Lifetime of the emulator's next OAuth access tokens. */
  setUpstreamTokenTtl(seconds: number): Promise<void>;
  /** Revokes every upstream grant, as a user removing the app in the Cloudflare dashboard. */
  revokeUpstreamGrants(): Promise<void>;
  upstreamGrants(): Promise<
    Array<{ id: string; scope: string; refreshes: number; revoked: boolean }>
  >;
}

export interface OAuthStackOptions {
  /** Store the api server's committed fixture spec first, for `?codemode=false` and execute's checks. */
  seedApiSpec?: boolean;
}

export function useOAuthStack(app: string, options: OAuthStackOptions = {}): OAuthStack {
  const stack = {} as OAuthStack;
  let state: string | undefined;
  beforeAll(async () => {
    stack.emulator = await startEmulator();
    try {
      if (options.seedApiSpec) state = seedApiSpec();
      stack.app = await startApp(app, {
        apiBaseUrl: stack.emulator.apiBaseUrl,
        ...(state ? { persistTo: state } : {}),
      });
    } catch (error) {
      await stack.emulator.stop();
      if (state) rmSync(state, { recursive: true, force: true });
      throw error;
    }
    const control = async (path: string, body?: unknown) => {
      const response = await fetch(`${stack.emulator.url}/__emulator/oauth/${path}`, {
        method: body === undefined && path === "grants" ? "GET" : "POST",
        ...(body !== undefined
          ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } }
          : {}),
      });
      const json = (await response.json()) as { success: boolean; result: unknown };
      if (!json.success) throw new Error(`emulator ${path} failed`);
      return json.result;
    };
    stack.setUpstreamTokenTtl = async (seconds) => {
      await control("settings", { access_token_ttl_seconds: seconds });
    };
    stack.revokeUpstreamGrants = async () => {
      await control("revoke-grants", {});
    };
    stack.upstreamGrants = async () =>
      (await control("grants")) as Awaited<ReturnType<OAuthStack["upstreamGrants"]>>;
  });
  afterAll(async () => {
    await Promise.allSettled([stack.app?.stop(), stack.emulator?.stop()]);
    if (state) rmSync(state, { recursive: true, force: true });
  });
  return stack;
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
