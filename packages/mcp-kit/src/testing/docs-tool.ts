/**
 * The product-scoped `docs` tool's contract, as one shared test: a server that registers
 * `registerDocsTool(context, backend, { product })` lists it without a `product` argument and
 * answers only from its product's pages. Each app's `test/docs.test.ts` calls
 * {@link describeScopedDocsTool} with a small corpus of its own, holding pages of other products
 * too; the app's vitest config provides `docsMigrations` (`@repo/docs-search/test-migrations`).
 */
import { applyD1Migrations, type D1Migration } from "cloudflare:test";
import type { Client } from "@modelcontextprotocol/client";
import { parseDocPages, writeDocsIndex } from "@repo/docs-search";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { callOk } from "./outcome";

declare module "vitest" {
  export interface ProvidedContext {
    docsMigrations: D1Migration[];
  }
}

export interface ScopedDocsTool {
  /** Connects a client (e.g. `testApp(app).connect`). */
  connect(token?: string): Promise<Client>;
  token: string;
  /** The app's docs database (`testApp(app).env.DOCS_DB`), indexed from `corpus` first. */
  db: D1Database;
  /** The product the app scopes its docs tool to, e.g. "ai-gateway". */
  product: string;
  /** The fixture corpus, JSON lines as `parseDocPages` reads them. */
  corpus: string;
  /** A query the product's pages answer, and the page (URL without anchor) that must rank first. */
  answers: { query: string; url: string };
  /** A query that only another product's pages match: every result must still be the product's. */
  elsewhere: string;
}

export function describeScopedDocsTool(docs: ScopedDocsTool): void {
  const { product } = docs;

  beforeAll(async () => {
    await applyD1Migrations(docs.db, inject("docsMigrations"));
    await writeDocsIndex(docs.db, parseDocPages(docs.corpus));
  });

  describe("docs", () => {
    it(`is listed, scoped to ${product}, without a product argument`, async () => {
      const client = await docs.connect(docs.token);
      const { tools } = await client.listTools();
      const tool = tools.find((listed) => listed.name === "docs");
      expect(tool?.title).toBe(`Search the ${product} docs`);
      expect(Object.keys(tool?.inputSchema.properties ?? {})).not.toContain("product");
    });

    it(`answers from the ${product} docs`, async () => {
      const client = await docs.connect(docs.token);
      const result = await callOk(client, "docs", { query: docs.answers.query });
      const results = result.structured.results as Array<{ url: string; product: string }>;
      expect(results[0]?.url.split("#")[0]).toBe(docs.answers.url);
      expect(new Set(results.map((hit) => hit.product))).toEqual(new Set([product]));
    });

    it("does not answer from other products' docs", async () => {
      const client = await docs.connect(docs.token);
      const result = await callOk(client, "docs", { query: docs.elsewhere });
      const results = result.structured.results as Array<{ product: string }>;
      expect(results.every((hit) => hit.product === product)).toBe(true);
    });
  });
}
