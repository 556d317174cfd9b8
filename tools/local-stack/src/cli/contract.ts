// Fixed values from docs/local-contract.md that `pnpm dev` announces: servers and seeded tokens.
// Ports are not written here: each one is `dev.port` of the server's own wrangler.jsonc.
import { join } from "node:path";
import { repoRoot } from "../repo-root.ts";
import { devPortOf } from "../wrangler-config.ts";

export interface ServerDefinition {
  /** Folder under apps/ (or "emulator" for tools/emulator). */
  name: string;
  defaultPort: number;
  /** Environment variable that overrides the port. */
  portVariable: string;
  /** Key used in the printed client configuration. */
  clientKey: string;
}

export const EMULATOR: ServerDefinition = {
  name: "emulator",
  defaultPort: devPortOf(join(repoRoot(), "tools", "emulator")),
  portVariable: "EMULATOR_PORT",
  clientKey: "cloudflare-emulator",
};

/**
 * The MCP servers with fixed ports, in start order. Only those present in apps/ are started;
 * other apps are found from their wrangler.jsonc (discover-apps.ts) and started after these.
 */
export const APP_SERVERS: readonly ServerDefinition[] = [
  {
    name: "api",
    defaultPort: appPort("api"),
    portVariable: "API_PORT",
    clientKey: "cloudflare-api",
  },
  {
    name: "ai-gateway",
    defaultPort: appPort("ai-gateway"),
    portVariable: "AI_GATEWAY_PORT",
    clientKey: "cloudflare-ai-gateway",
  },
  {
    name: "workers-builds",
    defaultPort: appPort("workers-builds"),
    portVariable: "WORKERS_BUILDS_PORT",
    clientKey: "cloudflare-workers-builds",
  },
  {
    name: "secrets-store",
    defaultPort: appPort("secrets-store"),
    portVariable: "SECRETS_STORE_PORT",
    clientKey: "cloudflare-secrets-store",
  },
];

/** `dev.port` of apps/<name>, or 0 when the app is not there (it is then not started). */
function appPort(name: string): number {
  try {
    return devPortOf(join(repoRoot(), "apps", name));
  } catch {
    return 0;
  }
}

/** The emulator's seeded tokens: public development values, not secrets. */
export const DEV_TOKENS: readonly { token: string; meaning: string }[] = [
  { token: "cfemu_user_token", meaning: "user token: both accounts, every permission (use this)" },
  { token: "cfemu_account_token", meaning: "account token: Acme Corp only, every permission" },
  { token: "cfemu_readonly_token", meaning: "user token: both accounts, read permissions only" },
  { token: "cfemu_invalid_token", meaning: "revoked token: every call fails (to try error paths)" },
];

export const DEV_TOKEN = "cfemu_user_token";

export const SEEDED_ACCOUNTS: readonly { name: string; id: string }[] = [
  { name: "Acme Corp", id: "023e105f4ecef8ad9ca31a8372d0c353" },
  { name: "Globex Labs", id: "9a7806061c88ada191ed06f989cc3dac" },
];
