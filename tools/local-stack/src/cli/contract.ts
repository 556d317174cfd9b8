// Fixed values from docs/local-contract.md that `pnpm dev` announces: ports and seeded tokens.

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
  defaultPort: 8787,
  portVariable: "EMULATOR_PORT",
  clientKey: "cloudflare-emulator",
};

/**
 * The MCP servers with fixed ports, in start order. Only those present in apps/ are started;
 * other apps are found from their wrangler.jsonc (discover-apps.ts) and started after these.
 */
export const APP_SERVERS: readonly ServerDefinition[] = [
  { name: "api", defaultPort: 8788, portVariable: "API_PORT", clientKey: "cloudflare-api" },
  {
    name: "ai-gateway",
    defaultPort: 8789,
    portVariable: "AI_GATEWAY_PORT",
    clientKey: "cloudflare-ai-gateway",
  },
  {
    name: "workers-builds",
    defaultPort: 8790,
    portVariable: "WORKERS_BUILDS_PORT",
    clientKey: "cloudflare-workers-builds",
  },
  {
    name: "secrets-store",
    defaultPort: 8791,
    portVariable: "SECRETS_STORE_PORT",
    clientKey: "cloudflare-secrets-store",
  },
];

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
