// Scope: secret values are write-only: no tool result (text or structuredContent) and no server
// log line ever contains one, on success and on every error path.
import { ACME_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "@repo/emulator/identities";
import {
  ACME_STORE,
  OPENAI_API_KEY,
  SECRETS,
  STRIPE_SECRET_KEY,
} from "@repo/emulator/seed/secrets-store";
import { callTool, type ToolOutcome, testApp } from "@repo/mcp-kit/testing";
import { beforeAll, describe, expect, it } from "vitest";
import app from "../src/index";

const stack = testApp(app);
const inStore = { account_id: ACME_ACCOUNT.id, store_id: ACME_STORE.id };
const UNKNOWN_ID = "fedcba9876543210fedcba9876543210";

/** Distinct, searchable values; one per call so a leak names its source. */
const canary = (label: string) => `canary-${label}-7f3a9c1e5b`;

const outcomes: Array<{ label: string; outcome: ToolOutcome }> = [];
const sent: string[] = [];

async function run(
  label: string,
  token: string,
  tool: string,
  args: Record<string, unknown>,
): Promise<ToolOutcome> {
  const client = await stack.connect(token);
  const outcome = await callTool(client, tool, args);
  outcomes.push({ label, outcome });
  return outcome;
}

beforeAll(async () => {
  await stack.emulator.reset();
  const value = (label: string) => {
    const text = canary(label);
    sent.push(text);
    return text;
  };
  const create = (label: string, name: string, scopes: unknown = ["workers"]) => ({
    ...inStore,
    secrets: [{ name, value: value(label), scopes }],
  });
  await run("create ok", USER_TOKEN.value, "secrets_store_secrets_create", create("c1", "LEAK_A"));
  await run("create several", USER_TOKEN.value, "secrets_store_secrets_create", {
    ...inStore,
    secrets: [
      { name: "LEAK_B", value: value("c2"), scopes: ["workers"] },
      { name: "LEAK_C", value: value("c3"), scopes: ["ai_gateway"], comment: "x" },
    ],
  });
  await run(
    "create duplicate name",
    USER_TOKEN.value,
    "secrets_store_secrets_create",
    create("c4", OPENAI_API_KEY.name),
  );
  await run(
    "create bad scope",
    USER_TOKEN.value,
    "secrets_store_secrets_create",
    create("c5", "X", ["kv"]),
  );
  await run(
    "create read-only",
    READONLY_TOKEN.value,
    "secrets_store_secrets_create",
    create("c6", "RO"),
  );
  await run("create unknown store", USER_TOKEN.value, "secrets_store_secrets_create", {
    ...create("c7", "NOWHERE"),
    store_id: UNKNOWN_ID,
  });
  await run("update value", USER_TOKEN.value, "secrets_store_secrets_update", {
    ...inStore,
    secret_id: STRIPE_SECRET_KEY.id,
    value: value("u1"),
  });
  await run("update unknown", USER_TOKEN.value, "secrets_store_secrets_update", {
    ...inStore,
    secret_id: UNKNOWN_ID,
    value: value("u2"),
  });
  await run("update read-only", READONLY_TOKEN.value, "secrets_store_secrets_update", {
    ...inStore,
    secret_id: STRIPE_SECRET_KEY.id,
    value: value("u3"),
  });
  await run("rotate ok", USER_TOKEN.value, "secrets_store_secrets_rotate", {
    ...inStore,
    secret_id: OPENAI_API_KEY.id,
    value: value("r1"),
  });
  await run("rotate unknown", USER_TOKEN.value, "secrets_store_secrets_rotate", {
    ...inStore,
    secret_id: UNKNOWN_ID,
    value: value("r2"),
  });
  await run("rotate read-only", READONLY_TOKEN.value, "secrets_store_secrets_rotate", {
    ...inStore,
    secret_id: STRIPE_SECRET_KEY.id,
    value: value("r3"),
  });
  await run("list", USER_TOKEN.value, "secrets_store_secrets_list", { ...inStore, per_page: 100 });
  for (const secret of SECRETS) {
    await run(`get ${secret.name}`, USER_TOKEN.value, "secrets_store_secrets_get", {
      ...inStore,
      secret_id: secret.id,
    });
  }
});

describe("secret values", () => {
  it("exercised both successful and failing calls", () => {
    expect(outcomes.some(({ outcome }) => outcome.isError)).toBe(true);
    expect(outcomes.some(({ outcome }) => !outcome.isError)).toBe(true);
    expect(outcomes.find(({ label }) => label === "create ok")?.outcome.isError).toBe(false);
    expect(outcomes.find(({ label }) => label === "rotate ok")?.outcome.isError).toBe(false);
  });

  it("never appear in any tool result, text or structured", () => {
    const values = [...sent, ...SECRETS.map((secret) => secret.value)];
    for (const { label, outcome } of outcomes) {
      for (const value of values) {
        expect(outcome.raw, `${label} leaked ${value}`).not.toContain(value);
      }
      expect(outcome.raw, label).not.toMatch(/"value"\s*:/);
    }
  });

  it("never appear in the server's logs", () => {
    const logs = stack.logs();
    expect(logs).toContain("secrets_store_secrets_create");
    for (const value of [...sent, ...SECRETS.map((secret) => secret.value)]) {
      expect(logs, `logs leaked ${value}`).not.toContain(value);
    }
  });
});
