/**
 * Each test file runs the emulator and one server under `wrangler dev`, the way `pnpm dev` does:
 * `startApp` turns OAuth on against the emulator's upstream. Helpers reach the emulator's OAuth
 * control routes.
 */
import { type RunningApp, type RunningEmulator, startApp, startEmulator } from "@repo/local-stack";
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

export function useOAuthStack(app: string): OAuthStack {
  const stack = {} as OAuthStack;
  beforeAll(async () => {
    stack.emulator = await startEmulator();
    try {
      stack.app = await startApp(app, { apiBaseUrl: stack.emulator.apiBaseUrl });
    } catch (error) {
      await stack.emulator.stop();
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
  });
  return stack;
}
