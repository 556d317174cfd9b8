/**
 * The suite's servers, started once for every test file by the global setup (global-setup.ts):
 * the emulator, and one server per app under `wrangler dev`, the way `pnpm dev` runs them
 * (`startApp` turns OAuth on against the emulator's upstream). Test files run one at a time and
 * each starts from the emulator's seed (test/seeded.ts); every test registers its own clients,
 * so the servers' own OAuth state needs no reset. Helpers reach the emulator's OAuth control
 * routes.
 */
import { inject } from "vitest";

/** What the global setup provides: plain URLs, since test files run in other processes. */
export interface SuiteServers {
  emulator: { url: string; apiBaseUrl: string };
  apps: Record<OAuthApp, { url: string; mcpUrl: string }>;
  /** Folder with the throwaway CA's cert.pem and key.pem the servers' runtime trusts, or null without openssl. */
  certs: string | null;
}

/** The servers the suite runs; api has the committed fixture spec stored (for `?codemode=false` and execute). */
export const OAUTH_APPS = ["secrets-store", "api"] as const;
export type OAuthApp = (typeof OAUTH_APPS)[number];

declare module "vitest" {
  interface ProvidedContext {
    oauthE2eServers: SuiteServers;
  }
}

export interface OAuthStack {
  emulator: { url: string; apiBaseUrl: string; reset(): Promise<void> };
  app: { url: string; mcpUrl: string };
  /** Lifetime of the emulator's next OAuth access tokens. */
  setUpstreamTokenTtl(seconds: number): Promise<void>;
  /** Revokes every upstream grant, as a user removing the app in the Cloudflare dashboard. */
  revokeUpstreamGrants(): Promise<void>;
  upstreamGrants(): Promise<
    Array<{ id: string; scope: string; refreshes: number; revoked: boolean }>
  >;
}

export function useOAuthStack(app: OAuthApp): OAuthStack {
  const servers = inject("oauthE2eServers");
  const { url } = servers.emulator;
  const control = async (path: string, body?: unknown) => {
    const response = await fetch(`${url}/__emulator/oauth/${path}`, {
      method: body === undefined && path === "grants" ? "GET" : "POST",
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: { "content-type": "application/json" } }
        : {}),
    });
    const json = (await response.json()) as { success: boolean; result: unknown };
    if (!json.success) throw new Error(`emulator ${path} failed`);
    return json.result;
  };
  return {
    emulator: { ...servers.emulator, reset: () => resetEmulator(url) },
    app: servers.apps[app],
    setUpstreamTokenTtl: async (seconds) => {
      await control("settings", { access_token_ttl_seconds: seconds });
    },
    revokeUpstreamGrants: async () => {
      await control("revoke-grants", {});
    },
    upstreamGrants: async () =>
      (await control("grants")) as Awaited<ReturnType<OAuthStack["upstreamGrants"]>>,
  };
}

/** Brings the emulator back to its seed (its OAuth settings and grants included). */
export async function resetEmulator(emulatorUrl: string): Promise<void> {
  const response = await fetch(`${emulatorUrl}/__emulator/reset`, { method: "POST" });
  if (!response.ok) throw new Error(`emulator reset failed: ${response.status}`);
}
