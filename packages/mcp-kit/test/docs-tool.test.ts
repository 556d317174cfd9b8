// registerDocsTool: the full form (product argument) and a product server's scoped form, through a
// real MCP client, with a backend that records what it was asked and raises docs-search's errors.
import { describe, expect, it } from "vitest";
import { createMcpApp, type DocsBackend, type KitEnv, registerDocsTool } from "../src/index";
import { connect, textOf } from "./connect";
import { createFakeApi } from "./fake-cloudflare";

const TOKEN = "account-token-bbbbbbb";

function recordingBackend(): DocsBackend & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    asked,
    async search(options) {
      asked.push(options);
      if (options.product === "nope") {
        throw Object.assign(new Error('No product "nope".'), {
          code: "unknown_product",
          suggestions: ["workers"],
        });
      }
      return {
        results: [
          {
            title: "KV bindings",
            url: "https://developers.cloudflare.com/kv/bindings/",
            anchor: "#bind-a-namespace",
            product: options.product ?? "kv",
            heading: "Bind a namespace",
            snippet: "Add a kv_namespaces entry to your Wrangler config.",
            score: 3.2,
          },
        ],
      };
    },
  };
}

function appWith(backend: DocsBackend, product?: string) {
  const api = createFakeApi();
  return createMcpApp<KitEnv>({
    name: "docs-fixture",
    title: "Docs fixture",
    version: "0.0.0",
    instructions: "Test.",
    fetch: api.fetch,
    register(context) {
      registerDocsTool(context, backend, product ? { product } : {});
    },
  });
}

describe("registerDocsTool", () => {
  it("returns pages as text and structured content, URL and anchor apart, passing product and limit on", async () => {
    const backend = recordingBackend();
    const client = await connect(appWith(backend), { token: TOKEN });
    const result = await client.callTool({
      name: "docs",
      arguments: { query: "bind kv", product: "kv", limit: 3 },
    });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toBe(
      '1 page for "bind kv" in kv:\n1. KV bindings [kv]\n   https://developers.cloudflare.com/kv/bindings/\n' +
        "   section: Bind a namespace (#bind-a-namespace)\n   Add a kv_namespaces entry to your Wrangler config.",
    );
    expect(result.structuredContent).toEqual({
      results: [
        {
          title: "KV bindings",
          url: "https://developers.cloudflare.com/kv/bindings/",
          anchor: "#bind-a-namespace",
          product: "kv",
          heading: "Bind a namespace",
          snippet: "Add a kv_namespaces entry to your Wrangler config.",
        },
      ],
    });
    expect(backend.asked).toEqual([{ query: "bind kv", product: "kv", limit: 3 }]);
  });

  it("scoped to a product, it has no product argument and always filters", async () => {
    const backend = recordingBackend();
    const client = await connect(appWith(backend, "ai-gateway"), { token: TOKEN });
    const docs = (await client.listTools()).tools.find((tool) => tool.name === "docs");
    expect(Object.keys(docs?.inputSchema.properties ?? {})).toEqual(["query", "limit"]);
    expect(docs?.description).toMatch(/ai-gateway docs/);
    await client.callTool({ name: "docs", arguments: { query: "log retention" } });
    expect(backend.asked).toEqual([{ query: "log retention", product: "ai-gateway" }]);
  });

  it("accepts up to 20 results and rejects more before searching", async () => {
    const backend = recordingBackend();
    const client = await connect(appWith(backend), { token: TOKEN });
    const twenty = await client.callTool({ name: "docs", arguments: { query: "kv", limit: 20 } });
    expect(twenty.isError).toBeFalsy();
    const more = await client.callTool({ name: "docs", arguments: { query: "kv", limit: 21 } });
    expect(more.isError).toBe(true);
    expect(backend.asked).toEqual([{ query: "kv", limit: 20 }]);
  });

  it("turns an unknown product into a next step with the close names", async () => {
    const client = await connect(appWith(recordingBackend()), { token: TOKEN });
    const result = await client.callTool({
      name: "docs",
      arguments: { query: "x", product: "nope" },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toMatch(/Next: Use one of: workers; or omit product/);
  });
});
