// Connects an MCP SDK client to a running server over Streamable HTTP, as an AI client would.
import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";

export interface ConnectMcpClientOptions {
  /** Sent as `Authorization: Bearer <token>`. */
  token?: string;
  headers?: Record<string, string>;
  /** Client name announced in `initialize`; defaults to "local-stack-test". */
  name?: string;
}

export async function connectMcpClient(
  mcpUrl: string,
  options: ConnectMcpClientOptions = {},
): Promise<Client> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl), {
    requestInit: { headers },
  });
  const client = new Client({ name: options.name ?? "local-stack-test", version: "0.0.0" });
  await client.connect(transport);
  return client;
}
