// `search` through a real MCP client: code over the spec, the ranked helper, errors, isolation.
import { readFileSync } from "node:fs";
import { parseProcessedSpec } from "@repo/openapi";
import { describe, expect, inject, it } from "vitest";
import { ACCOUNT_TOKEN, callOk, callTool, USER_TOKEN, useStack } from "./harness.ts";

const stack = useStack();

describe("search", () => {
  it("lists search, execute and docs with precise annotations", async () => {
    const client = await stack.connect(USER_TOKEN);
    const { tools } = await client.listTools();
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect([...byName.keys()].sort()).toEqual(
      ["accounts_list", "docs", "execute", "search", "set_active_account"].sort(),
    );
    expect(byName.get("search")?.annotations).toMatchObject({
      readOnlyHint: true,
      destructiveHint: false,
    });
    expect(byName.get("execute")?.annotations).toMatchObject({ readOnlyHint: false });
    expect(byName.get("search")?.description).toMatch(/find\(query: string/);
  });

  it("runs code over spec.paths", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "search", {
      code: 'async () => { const op = spec.paths["/accounts"].get; return { method: op.method, summary: op.summary, params: op.parameters.map(p => p.name) }; }',
    });
    expect(outcome.structured).toMatchObject({ method: "GET", summary: "List Accounts" });
    expect(outcome.structured.params).toContain("per_page");
  });

  it("gives code every operation exactly as processed, details included", async () => {
    const spec = parseProcessedSpec(readFileSync(inject("apiProcessedSpec"), "utf8"));
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "search", {
      code: `async () => { ${FINGERPRINT_SOURCE}; return fingerprint(spec.operations); }`,
    });
    expect(outcome.structured.result).toBe(fingerprint(spec.operations));
  });

  it("ranks endpoints with spec.find", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "search", {
      code: 'async () => (await spec.find("create a dns record", { limit: 5 })).map(c => c.method + " " + c.path)',
    });
    expect(outcome.structured.result).toContain("POST /zones/{zone_id}/dns_records");
  });

  it("filters with code, e.g. every AI Gateway endpoint", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "search", {
      code: 'async () => spec.operations.filter(o => o.product === "ai_gateway").map(o => o.method + " " + o.path)',
    });
    const result = outcome.structured.result as string[];
    expect(result.length).toBeGreaterThan(5);
    expect(result).toContain("GET /accounts/{account_id}/ai-gateway/gateways/{id}/logs");
  });

  it("explains a syntax error and a thrown error", async () => {
    const client = await stack.connect(USER_TOKEN);
    const syntax = await callTool(client, "search", { code: "async () => { return spec.paths[ }" });
    expect(syntax.isError).toBe(true);
    expect(syntax.text).toMatch(/not valid JavaScript/);
    const thrown = await callTool(client, "search", {
      code: "async () => spec.paths['/nope'].get",
    });
    expect(thrown.isError).toBe(true);
    expect(thrown.text).toMatch(/TypeError/);
  });

  it("keeps the spec read-only: a mutation fails and later calls see the original", async () => {
    const client = await stack.connect(USER_TOKEN);
    const mutate = await callTool(client, "search", {
      code: 'async () => { spec.paths["/accounts"].get.summary = "hacked"; return "changed"; }',
    });
    expect(mutate.isError).toBe(true);
    expect(mutate.text).toMatch(/read only|read-only|Cannot assign/i);
    const read = await callOk(client, "search", {
      code: 'async () => spec.paths["/accounts"].get.summary',
    });
    expect(read.structured.result).toBe("List Accounts");
  });

  it("lets code sort spec.operations in place without changing the next call's order", async () => {
    const client = await stack.connect(USER_TOKEN);
    const code =
      "async () => { const first = spec.operations[0].path; spec.operations.sort((a, b) => b.path.localeCompare(a.path)); return { first, sortedFirst: spec.operations[0].path }; }";
    const once = await callOk(client, "search", { code });
    const twice = await callOk(client, "search", { code });
    expect(once.structured.sortedFirst).not.toBe(once.structured.first);
    expect(twice.structured).toEqual(once.structured);
  });

  it("gives every call a fresh isolate: nothing one call leaves behind reaches another", async () => {
    const code =
      "async () => { const before = globalThis.leftBehind ?? null; globalThis.leftBehind = 'secret of an earlier call'; return before; }";
    const first = await stack.connect(USER_TOKEN);
    const second = await stack.connect(ACCOUNT_TOKEN);
    expect((await callOk(first, "search", { code })).structured.result).toBeNull();
    expect((await callOk(first, "search", { code })).structured.result).toBeNull();
    expect((await callOk(second, "search", { code })).structured.result).toBeNull();
  });

  it("stops an endless loop and keeps answering", async () => {
    const client = await stack.connect(USER_TOKEN);
    const loop = await callTool(client, "search", { code: "async () => { while (true) {} }" });
    expect(loop.isError).toBe(true);
    expect(loop.text).toMatch(/Stopped/);
    const after = await callOk(client, "search", { code: "async () => spec.products.length" });
    expect(after.structured.result).toBe(inject("apiSpecProducts"));
  });

  it("bounds a huge result as valid JSON with a note on narrowing", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callOk(client, "search", {
      // At least 2,000 entries, so the result is far over the bound with the small fixture spec too.
      code: "async () => Array.from({ length: Math.ceil(2000 / spec.operations.length) }, () => spec.operations.map(o => ({ path: o.path, summary: o.summary, description: o.description }))).flat()",
    });
    expect(outcome.text.length).toBeLessThan(26_000);
    expect(JSON.parse(outcome.text)).toHaveProperty("_truncated");
    expect(outcome.text).toMatch(/Return fewer endpoints or fields/);
  });

  it("answers 500 searches with distinct code, from 5 clients at once", async () => {
    const clients = await Promise.all(Array.from({ length: 5 }, () => stack.connect(USER_TOKEN)));
    const failures: string[] = [];
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < 100; i++) {
          const n = c * 100 + i;
          // Half only rank (no spec in the isolate), half walk the paths (the lazily parsed spec).
          const code =
            n % 2 === 0
              ? `async () => (await spec.find("list dns records ${n}", { limit: 3 })).length + ${n}`
              : `async () => Object.keys(spec.paths).filter((p) => p.length > ${n % 40}).length`;
          const outcome = await callTool(client, "search", { code });
          if (outcome.isError) failures.push(`${n}: ${outcome.text}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    // A few seconds on an idle machine; generous for a busy one.
  }, 240_000);
});

/** FNV-1a of the canonical JSON (sorted keys, no undefined) of every operation, in order. */
const FINGERPRINT_SOURCE = `const fingerprint = (operations) => {
  const canonical = (value) => {
    if (Array.isArray(value)) return "[" + value.map(canonical).join(",") + "]";
    if (value && typeof value === "object") {
      return "{" + Object.keys(value).filter((key) => value[key] !== undefined).sort().map((key) => JSON.stringify(key) + ":" + canonical(value[key])).join(",") + "}";
    }
    return JSON.stringify(value);
  };
  let hash = 0x811c9dc5;
  for (const operation of operations) {
    const text = canonical(operation);
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return operations.length + ":" + hash.toString(16);
}`;
const fingerprint = new Function(`${FINGERPRINT_SOURCE}; return fingerprint;`)() as (
  operations: unknown[],
) => string;
