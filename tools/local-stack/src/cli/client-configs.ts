/**
 * Ready-to-paste configurations for the MCP clients people use, for a set of servers and a token.
 * The shapes follow each client's documentation: Claude Code's `claude mcp add`, Claude Desktop's
 * `claude_desktop_config.json` through `mcp-remote` (the header as `Authorization:${AUTH_HEADER}`
 * with the value in `env`: an argument with a space in it breaks on Windows), Cursor's
 * `mcp.json` and VS Code's `.vscode/mcp.json`.
 */

/** mcp-remote replaces `${AUTH_HEADER}` with the variable from `env` itself. */
// biome-ignore lint/suspicious/noTemplateCurlyInString: a placeholder for mcp-remote, not for JS.
export const MCP_REMOTE_HEADER = "Authorization:${AUTH_HEADER}";

export interface ClientServer {
  /** Key in the client's configuration, e.g. `cloudflare-api`. */
  key: string;
  mcpUrl: string;
}

export function claudeCodeCommands(servers: ClientServer[], token: string): string[] {
  return servers.map(
    (server) =>
      `claude mcp add --transport http ${server.key} ${server.mcpUrl} --header "Authorization: Bearer ${token}"`,
  );
}

export function claudeDesktopConfig(servers: ClientServer[], token: string) {
  return {
    mcpServers: Object.fromEntries(
      servers.map((server) => [
        server.key,
        {
          command: "npx",
          args: ["-y", "mcp-remote", server.mcpUrl, "--header", MCP_REMOTE_HEADER],
          env: { AUTH_HEADER: `Bearer ${token}` },
        },
      ]),
    ),
  };
}

export function cursorConfig(servers: ClientServer[], token: string) {
  return {
    mcpServers: Object.fromEntries(
      servers.map((server) => [
        server.key,
        { url: server.mcpUrl, headers: { Authorization: `Bearer ${token}` } },
      ]),
    ),
  };
}

export function vscodeConfig(servers: ClientServer[], token: string) {
  return {
    servers: Object.fromEntries(
      servers.map((server) => [
        server.key,
        { type: "http", url: server.mcpUrl, headers: { Authorization: `Bearer ${token}` } },
      ]),
    ),
  };
}

/** `pnpm dlx` runs the Inspector under a Node it supports (it needs Node >= 22.19). */
export function inspectorCommand(server: ClientServer, token: string): string {
  return `pnpm dlx @modelcontextprotocol/inspector --cli ${server.mcpUrl} --transport http --header "Authorization: Bearer ${token}" --method tools/list`;
}
