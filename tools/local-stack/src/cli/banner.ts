// Text `pnpm dev` prints once everything is up: URLs, dev tokens, client config, Inspector commands.
import { DEV_TOKEN, DEV_TOKENS, SEEDED_ACCOUNTS, type ServerDefinition } from "./contract.ts";

export interface BannerInput {
  /** The emulator's API URL, when `pnpm dev` started it. */
  emulatorApiUrl: string | undefined;
  /** The user's own API (CLOUDFLARE_API_BASE_URL), when set. */
  externalApiBaseUrl: string | undefined;
  apps: { definition: ServerDefinition; mcpUrl: string }[];
  missingApps: string[];
  persistTo: string;
}

const USER_TOKEN_PLACEHOLDER = "<your Cloudflare API token>";

export function renderBanner(input: BannerInput): string {
  const token = input.emulatorApiUrl ? DEV_TOKEN : USER_TOKEN_PLACEHOLDER;
  const width = Math.max(10, ...input.apps.map((app) => app.definition.name.length)) + 2;
  const lines: string[] = ["", "Local MCP servers are running.", ""];

  if (input.emulatorApiUrl) {
    lines.push(`  ${"emulator".padEnd(width)}${input.emulatorApiUrl}  (Cloudflare API)`);
  } else {
    lines.push(
      `  ${"API".padEnd(width)}${input.externalApiBaseUrl}  (from CLOUDFLARE_API_BASE_URL)`,
    );
  }
  for (const app of input.apps) lines.push(`  ${app.definition.name.padEnd(width)}${app.mcpUrl}`);
  if (input.apps.length === 0) lines.push("  (no MCP server exists in apps/ yet)");
  if (input.missingApps.length > 0) {
    lines.push(`  not in this checkout yet: ${input.missingApps.join(", ")}`);
  }
  lines.push("", `State (shared by all servers, kept between runs): ${input.persistTo}`, "");

  if (input.emulatorApiUrl) {
    lines.push('Dev tokens (send as "Authorization: Bearer <token>"):');
    const tokenWidth = Math.max(...DEV_TOKENS.map((entry) => entry.token.length)) + 2;
    for (const entry of DEV_TOKENS)
      lines.push(`  ${entry.token.padEnd(tokenWidth)}${entry.meaning}`);
    const accounts = SEEDED_ACCOUNTS.map((account) => `${account.name} ${account.id}`);
    lines.push(`Seeded accounts: ${accounts.join(", ")}`, "");
  } else {
    lines.push("Authenticate with your own Cloudflare API token (no emulator tokens apply).", "");
  }

  if (input.apps.length > 0) {
    lines.push("Client configuration (paste into your MCP client):");
    lines.push(JSON.stringify(clientConfig(input.apps, token), null, 2), "");
    const first = input.apps[0]!.mcpUrl;
    lines.push("MCP Inspector (needs Node >= 22):");
    lines.push(`  npx @modelcontextprotocol/inspector`);
    lines.push(`    then Transport "Streamable HTTP", URL ${first},`);
    lines.push(`    header "Authorization: Bearer ${token}"`);
    lines.push(
      `  npx @modelcontextprotocol/inspector --cli ${first} --transport http --header "Authorization: Bearer ${token}" --method tools/list`,
      "",
    );
  }
  lines.push("Press Ctrl-C to stop everything.", "");
  return lines.join("\n");
}

export function clientConfig(
  apps: { definition: ServerDefinition; mcpUrl: string }[],
  token: string,
): { mcpServers: Record<string, { url: string; headers: Record<string, string> }> } {
  const mcpServers: Record<string, { url: string; headers: Record<string, string> }> = {};
  for (const app of apps) {
    mcpServers[app.definition.clientKey] = {
      url: app.mcpUrl,
      headers: { Authorization: `Bearer ${token}` },
    };
  }
  return { mcpServers };
}
