// Scope: the product-scoped docs tool: listed, limited to the secrets-store docs, and answering from
// a small index (test/fixtures/docs.jsonl, written for these tests) written into DOCS_DB.

import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import { parseDocPages, writeDocsIndex } from "@repo/docs-search";
import { USER_TOKEN } from "@repo/emulator/identities";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, inject, it } from "vitest";
import app from "../src/index";
import corpus from "./fixtures/docs.jsonl?raw";

declare module "vitest" {
  export interface ProvidedContext {
    docsMigrations: D1Migration[];
  }
}

const stack = testApp(app);

beforeAll(async () => {
  const db = stack.env.DOCS_DB!;
  await applyD1Migrations(db, inject("docsMigrations"));
  await writeDocsIndex(db, parseDocPages(corpus));
});

describe("docs", () => {
  it("is listed, scoped to secrets-store, without a product argument", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const { tools } = await client.listTools();
    const docs = tools.find((tool) => tool.name === "docs");
    expect(docs?.title).toBe("Search the secrets-store docs");
    expect(Object.keys(docs?.inputSchema.properties ?? {})).not.toContain("product");
  });

  it("answers from the secrets-store docs", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "docs", { query: "rotate a credential binding" });
    const results = result.structured.results as Array<{ url: string; product: string }>;
    expect(results[0]?.url.split("#")[0]).toBe(
      "https://developers.cloudflare.example/secrets-store/fixture-rotate/",
    );
    expect(new Set(results.map((hit) => hit.product))).toEqual(new Set(["secrets-store"]));
  });

  it("does not answer from other products' docs", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "docs", { query: "cron expression Monday" });
    const results = result.structured.results as Array<{ product: string }>;
    expect(results.every((hit) => hit.product === "secrets-store")).toBe(true);
  });
});
