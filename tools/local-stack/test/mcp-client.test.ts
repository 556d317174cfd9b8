// Scope: connectMcpClient speaks Streamable HTTP and sends the bearer token and extra headers.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectMcpClient } from "../src/index.ts";

interface SeenRequest {
  method: string;
  rpcMethod: string | undefined;
  authorization: string | undefined;
  custom: string | undefined;
}

// A minimal stand-in for an MCP server: answers initialize and tools/list with JSON bodies.
function startStubServer(seen: SeenRequest[]): Promise<Server> {
  const server = createServer(async (request, response) => {
    const body = request.method === "POST" ? JSON.parse(await readBody(request)) : undefined;
    seen.push({
      method: request.method ?? "",
      rpcMethod: body?.method,
      authorization: request.headers.authorization,
      custom: request.headers["x-custom"] as string | undefined,
    });
    if (request.method !== "POST") {
      response.writeHead(405).end();
      return;
    }
    if (body.id === undefined) {
      response.writeHead(202).end();
      return;
    }
    const result =
      body.method === "initialize"
        ? {
            protocolVersion: body.params.protocolVersion,
            capabilities: { tools: {} },
            serverInfo: { name: "stub", version: "1.0.0" },
          }
        : { tools: [{ name: "stub_echo", inputSchema: { type: "object" } }] };
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify({ jsonrpc: "2.0", id: body.id, result }));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of request) text += chunk;
  return text;
}

describe("connectMcpClient", () => {
  const seen: SeenRequest[] = [];
  let server: Server;
  let mcpUrl: string;

  beforeAll(async () => {
    server = await startStubServer(seen);
    mcpUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/mcp`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("initializes, lists tools and sends the token and headers on every request", async () => {
    const client = await connectMcpClient(mcpUrl, {
      token: "test-token",
      headers: { "x-custom": "yes" },
    });
    const { tools } = await client.listTools();
    await client.close();

    expect(tools.map((tool) => tool.name)).toEqual(["stub_echo"]);
    const posts = seen.filter((request) => request.method === "POST");
    expect(posts.map((request) => request.rpcMethod)).toEqual(
      expect.arrayContaining(["initialize", "tools/list"]),
    );
    for (const request of seen) {
      expect(request.authorization).toBe("Bearer test-token");
      expect(request.custom).toBe("yes");
    }
  });

  it("sends no Authorization header without a token", async () => {
    seen.length = 0;
    const client = await connectMcpClient(mcpUrl);
    await client.close();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((request) => request.authorization === undefined)).toBe(true);
  });
});
