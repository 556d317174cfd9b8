// Text `pnpm dev` prints once everything is up: URLs, dev tokens, what data is missing, a
// configuration for each common MCP client, and an Inspector command.
import {
  type ClientServer,
  claudeCodeCommands,
  claudeDesktopConfig,
  cursorConfig,
  inspectorCommand,
  vscodeConfig,
} from "./client-configs.ts";
import { DEV_TOKEN, DEV_TOKENS, SEEDED_ACCOUNTS, type ServerDefinition } from "./contract.ts";

export interface BannerInput {
  /** The emulator's API URL, when `pnpm dev` started it. */
  emulatorApiUrl: string | undefined;
  /** The user's own API (CLOUDFLARE_API_BASE_URL), when set. */
  externalApiBaseUrl: string | undefined;
  apps: { definition: ServerDefinition; mcpUrl: string }[];
  missingApps: string[];
  persistTo: string;
  /** Data an app could not load (its one-line reason and fix). */
  dataProblems?: { app: string; problem: string }[];
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

  if (input.dataProblems && input.dataProblems.length > 0) {
    lines.push("Not loaded (the rest works):");
    for (const { app, problem } of input.dataProblems) lines.push(`  ${app} ${problem}`);
    lines.push("");
  }

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
    const servers: ClientServer[] = input.apps.map((app) => ({
      key: app.definition.clientKey,
      mcpUrl: app.mcpUrl,
    }));
    const json = (value: unknown) => JSON.stringify(value, null, 2);
    lines.push("Connect a client (each block is ready to paste):", "");
    lines.push("Claude Code (in a terminal):", ...claudeCodeCommands(servers, token), "");
    lines.push(
      "Claude Desktop (claude_desktop_config.json; needs Node for npx):",
      json(claudeDesktopConfig(servers, token)),
      "",
    );
    lines.push("Cursor (~/.cursor/mcp.json):", json(cursorConfig(servers, token)), "");
    lines.push("VS Code (.vscode/mcp.json):", json(vscodeConfig(servers, token)), "");
    lines.push(
      "MCP Inspector (list the tools; for the web UI run `pnpm dlx @modelcontextprotocol/inspector`",
      "and enter the URL with transport Streamable HTTP and the Authorization header):",
      `  ${inspectorCommand(servers[0]!, token)}`,
      "",
    );
  }
  lines.push("Press Ctrl-C (or run `pnpm dev:stop` elsewhere) to stop everything.", "");
  return lines.join("\n");
}
