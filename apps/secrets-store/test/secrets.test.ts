// Scope: secret tools (list, get, create, update, delete, duplicate) against the seeded store.
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import {
  ACCESS_SERVICE_TOKEN,
  ACME_STORE,
  ANTHROPIC_API_KEY,
  OPENAI_API_KEY,
  SECRETS,
  STRIPE_SECRET_KEY,
} from "@repo/emulator/seed/secrets-store";
import { callOk, callTool, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const inStore = { account_id: ACME_ACCOUNT.id, store_id: ACME_STORE.id };
const UNKNOWN_SECRET_ID = "fedcba9876543210fedcba9876543210";

interface Row {
  id: string;
  name: string;
  scopes: string[];
  comment?: string;
  status: string;
}

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("secrets_store_secrets_list", () => {
  it("lists every seeded secret as compact rows without values", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_list", inStore);
    const rows = result.structured.secrets as Row[];
    expect(rows.map((row) => row.name).sort()).toEqual(SECRETS.map((s) => s.name).sort());
    expect(Object.keys(rows[0]!).sort()).toEqual(
      expect.arrayContaining(["id", "name", "scopes", "status", "modified"]),
    );
    expect(result.raw).not.toContain('"value"');
  });

  it("pages results and says which page to ask for next", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const first = await callOk(client, "secrets_store_secrets_list", { ...inStore, per_page: 4 });
    expect(first.structured.secrets).toHaveLength(4);
    expect(first.structured.paging).toMatchObject({ page: 1, per_page: 4, next_page: 2 });
    expect(first.text).toContain("page 2");
    const second = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      per_page: 4,
      page: 2,
    });
    expect(second.structured.secrets).toHaveLength(SECRETS.length - 4);
    expect(second.structured.paging).not.toHaveProperty("next_page");
  });

  it("filters by search text and orders by name", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      search: "API_KEY",
      order: "name",
      direction: "asc",
    });
    const names = (result.structured.secrets as Row[]).map((row) => row.name);
    expect(names).toEqual([ANTHROPIC_API_KEY.name, OPENAI_API_KEY.name]);
  });

  it("filters by scope", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      scopes: ["access"],
    });
    const names = (result.structured.secrets as Row[]).map((row) => row.name);
    expect(names).toEqual([ACCESS_SERVICE_TOKEN.name]);
  });
});

describe("secrets_store_secrets_get", () => {
  it("returns metadata only", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
    });
    expect(result.structured.secret).toMatchObject({
      id: OPENAI_API_KEY.id,
      name: OPENAI_API_KEY.name,
      store_id: ACME_STORE.id,
      scopes: [...OPENAI_API_KEY.scopes],
      comment: OPENAI_API_KEY.comment,
    });
    expect(result.raw).not.toContain(OPENAI_API_KEY.value);
  });

  it("points to the list tool for an unknown secret id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: UNKNOWN_SECRET_ID,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("secrets_store_secrets_list");
  });
});

describe("secrets_store_secrets_create", () => {
  it("creates several secrets in one call", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [
        { name: "NEW_ONE", value: "new-one-value-123", scopes: ["workers"], comment: "first" },
        { name: "NEW_TWO", value: "new-two-value-456", scopes: ["ai_gateway", "workers"] },
      ],
    });
    const created = result.structured.created as Row[];
    expect(created.map((row) => row.name).sort()).toEqual(["NEW_ONE", "NEW_TWO"]);
    const listed = await callOk(client, "secrets_store_secrets_list", {
      ...inStore,
      search: "NEW_",
    });
    expect(listed.structured.secrets).toHaveLength(2);
  });

  it("reports a name that already exists in the store", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: OPENAI_API_KEY.name, value: "another-value-789", scopes: ["workers"] }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/Cloudflare API error \d+/);
  });

  it("explains a field the API rejects as malformed (1001)", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: "   ", value: "blank-name-value", scopes: ["workers"] }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("1001");
    expect(result.text).toContain("secret_name_empty");
    expect(result.text).toContain("Fix that field");
  });

  it("rejects a value over 64 KiB of UTF-8 that is under the character limit (1001)", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: "TOO_BIG", value: "€".repeat(30_000), scopes: ["workers"] }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("secret_value_invalid");
  });

  it("rejects a scope outside the spec's enum before calling the API", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_create", {
      ...inStore,
      secrets: [{ name: "BAD_SCOPE", value: "bad-scope-value", scopes: ["kv"] }],
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("scopes");
  });
});

describe("secrets_store_secrets_update", () => {
  it("changes scopes and comment in place, keeping the id", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
      scopes: ["workers", "containers"],
      comment: "moved to containers too",
    });
    expect(result.structured.secret).toMatchObject({
      id: STRIPE_SECRET_KEY.id,
      scopes: ["workers", "containers"],
      comment: "moved to containers too",
    });
    expect(result.text).toContain("id unchanged");
  });

  it("changes the value without returning it", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
      value: "sk-updated-value-000111",
    });
    if (result.isError) {
      // The API refused an in-place value change: the error must lead to the rotate tool.
      expect(result.text).toContain("secrets_store_secrets_rotate");
    } else {
      expect(result.structured.changed).toEqual(["value"]);
    }
    expect(result.raw).not.toContain("sk-updated-value-000111");
  });

  it("asks for at least one field", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callTool(client, "secrets_store_secrets_update", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
    });
    expect(result.isError).toBe(true);
    expect(result.text).toContain("Nothing to update");
  });
});

describe("secrets_store_secrets_delete", () => {
  it("deletes one secret", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    await callOk(client, "secrets_store_secrets_delete", {
      ...inStore,
      secret_ids: [STRIPE_SECRET_KEY.id],
    });
    const result = await callTool(client, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: STRIPE_SECRET_KEY.id,
    });
    expect(result.isError).toBe(true);
  });

  it("deletes several secrets in one bulk call", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_delete", {
      ...inStore,
      secret_ids: [OPENAI_API_KEY.id, ANTHROPIC_API_KEY.id],
    });
    expect(result.structured.deleted).toEqual([OPENAI_API_KEY.id, ANTHROPIC_API_KEY.id]);
    const listed = await callOk(client, "secrets_store_secrets_list", inStore);
    expect(listed.structured.secrets).toHaveLength(SECRETS.length - 2);
  });
});

describe("secrets_store_secrets_duplicate", () => {
  it("copies a secret under a new name, keeping scopes and comment by default", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_duplicate", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      name: "OPENAI_API_KEY_COPY",
    });
    const copy = result.structured.secret as Row;
    expect(copy).toMatchObject({
      name: "OPENAI_API_KEY_COPY",
      scopes: [...OPENAI_API_KEY.scopes],
      comment: OPENAI_API_KEY.comment,
    });
    expect(copy.id).not.toBe(OPENAI_API_KEY.id);
  });

  it("uses the scopes given instead of the source's", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "secrets_store_secrets_duplicate", {
      ...inStore,
      secret_id: OPENAI_API_KEY.id,
      name: "OPENAI_FOR_DEX",
      scopes: ["dex"],
    });
    expect(result.structured.secret).toMatchObject({ scopes: ["dex"] });
  });
});
