// Scope: the example tool my_product_items_list, through a real MCP client against the emulator.
import {
  ACME_ACCOUNT,
  GLOBEX_ACCOUNT,
  READONLY_TOKEN,
  USER_TOKEN,
} from "@repo/emulator/identities";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { describe, expect, it } from "vitest";
import app from "../src/index";

const TOOL = "my_product_items_list";
const server = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };

/** Acme Corp's items as the emulator seeds them (tools/emulator/src/products/my-product), newest first. */
const SEEDED_NAMES = ["example-gamma", "example-beta", "example-alpha"];

describe(TOOL, () => {
  it("lists the account's seeded items, newest first", async () => {
    const client = await server.connect(USER_TOKEN.value);
    const result = await callOk(client, TOOL, acme);
    const items = result.structured.items as { name: string }[];
    expect(items.map((item) => item.name)).toEqual(SEEDED_NAMES);
    expect(result.structured.paging).toMatchObject({ total_count: SEEDED_NAMES.length });
    expect(result.text.split("\n")[0]).toBe("3 of 3 items (page 1 of 1).");
  });

  it("pages with per_page and says how to get the next page", async () => {
    const client = await server.connect(USER_TOKEN.value);
    const first = await callOk(client, TOOL, { ...acme, per_page: 2 });
    expect(first.text).toContain("call again with page 2");
    const second = await callOk(client, TOOL, { ...acme, per_page: 2, page: 2 });
    const items = second.structured.items as { name: string }[];
    expect(items.map((item) => item.name)).toEqual(SEEDED_NAMES.slice(2));
  });

  it("says so when the account has no items", async () => {
    const client = await server.connect(USER_TOKEN.value);
    const result = await callOk(client, TOOL, { account_id: GLOBEX_ACCOUNT.id });
    expect(result.structured.items).toEqual([]);
    expect(result.text).toContain("no My Product items");
  });

  it("works with a read-only token", async () => {
    const client = await server.connect(READONLY_TOKEN.value);
    const result = await callOk(client, TOOL, acme);
    expect(result.structured.paging).toMatchObject({ total_count: SEEDED_NAMES.length });
  });
});
