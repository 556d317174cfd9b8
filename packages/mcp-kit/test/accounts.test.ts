// Account selection for account-scoped tools: pinned, argument, header, active account, errors.
import { env } from "cloudflare:test";
import { tokenCredentialKey } from "@repo/auth";
import { describe, expect, it } from "vitest";
import { connect, textOf } from "./connect";
import { ACCOUNT_A, ACCOUNT_B, createFakeApi } from "./fake-cloudflare";
import { createFixtureApp } from "./fixture-app";

const USER = "user-token-aaaaaaaa";
const READ_ONLY = "readonly-token-dddddd";
const ACCOUNT_TOKEN = "account-token-bbbbbbb";

describe("account selection", () => {
  it("pins the only account of an account token", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({ name: "fixture_widgets_list", arguments: {} });
    expect(result.isError).toBeFalsy();
    expect(textOf(result)).toContain(ACCOUNT_A.name);
  });

  it("asks which account when a user token sees several, listing them", async () => {
    await env.MCP_STATE.delete(`active-account:v2:${await tokenCredentialKey(USER)}`);
    const client = await connect(createFixtureApp(createFakeApi()), { token: USER });
    const result = await client.callTool({ name: "fixture_widgets_list", arguments: {} });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(`${ACCOUNT_A.id} (${ACCOUNT_A.name})`);
    expect(textOf(result)).toContain(`${ACCOUNT_B.id} (${ACCOUNT_B.name})`);
    expect(textOf(result)).toContain("set_active_account");
  });

  it("uses the account_id argument, and rejects an unknown one with the list", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: USER });
    const ok = await client.callTool({
      name: "fixture_widgets_list",
      arguments: { account_id: ACCOUNT_B.id },
    });
    expect(textOf(ok)).toContain(ACCOUNT_B.name);
    const bad = await client.callTool({
      name: "fixture_widgets_list",
      arguments: { account_id: "nope" },
    });
    expect(bad.isError).toBe(true);
    expect(textOf(bad)).toContain('Account "nope"');
    expect(textOf(bad)).toContain(ACCOUNT_A.id);
  });

  it("reads the stored active account only when it decides", async () => {
    const reads: string[] = [];
    const kv = env.MCP_STATE;
    const counting = new Proxy(kv, {
      get(target, name) {
        if (name === "get") {
          return (key: string) => {
            reads.push(key);
            return target.get(key);
          };
        }
        const member = Reflect.get(target, name);
        return typeof member === "function" ? member.bind(target) : member;
      },
    });
    const stateEnv = { MCP_STATE: counting };
    const pinned = await connect(createFixtureApp(createFakeApi()), {
      token: ACCOUNT_TOKEN,
      env: stateEnv,
    });
    await pinned.callTool({ name: "fixture_widgets_list", arguments: {} });
    const chosen = await connect(createFixtureApp(createFakeApi()), { token: USER, env: stateEnv });
    await chosen.callTool({
      name: "fixture_widgets_list",
      arguments: { account_id: ACCOUNT_B.id },
    });
    expect(reads).toEqual([]);
    await chosen.callTool({ name: "fixture_widgets_list", arguments: {} });
    expect(reads).toEqual([`active-account:v2:${await tokenCredentialKey(USER)}`]);
  });

  it("uses the cf-account-id header", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), {
      token: USER,
      headers: { "cf-account-id": ACCOUNT_B.id },
    });
    expect(
      textOf(await client.callTool({ name: "fixture_widgets_list", arguments: {} })),
    ).toContain(ACCOUNT_B.name);
  });

  it("remembers the active account across sessions and across servers sharing MCP_STATE", async () => {
    const first = await connect(createFixtureApp(createFakeApi()), { token: USER });
    const set = await first.callTool({
      name: "set_active_account",
      arguments: { account_id: ACCOUNT_B.id },
    });
    expect(set.isError).toBeFalsy();
    // A different server instance (another app) with the same KV namespace, new session.
    const other = await connect(createFixtureApp(createFakeApi()), { token: USER });
    expect(textOf(await other.callTool({ name: "fixture_widgets_list", arguments: {} }))).toContain(
      ACCOUNT_B.name,
    );
    const listed = await other.callTool({ name: "accounts_list", arguments: {} });
    expect(listed.structuredContent).toEqual({
      accounts: [
        { ...ACCOUNT_A, active: false },
        { ...ACCOUNT_B, active: true },
      ],
    });
  });

  it("keeps each credential's choice its own: another token of the same user cannot move it", async () => {
    const full = await connect(createFixtureApp(createFakeApi()), { token: USER });
    await full.callTool({ name: "set_active_account", arguments: { account_id: ACCOUNT_A.id } });
    // The same user's read-only token picks the other account, on another server instance.
    const readOnly = await connect(createFixtureApp(createFakeApi()), { token: READ_ONLY });
    const moved = await readOnly.callTool({
      name: "set_active_account",
      arguments: { account_id: ACCOUNT_B.id },
    });
    expect(textOf(moved)).toContain("for this credential");
    expect(
      textOf(await readOnly.callTool({ name: "fixture_widgets_list", arguments: {} })),
    ).toContain(ACCOUNT_B.name);
    // The full-access credential still acts on the account it chose.
    const again = await connect(createFixtureApp(createFakeApi()), { token: USER });
    const widgets = await again.callTool({ name: "fixture_widgets_list", arguments: {} });
    expect(textOf(widgets)).toContain(ACCOUNT_A.name);
    expect(textOf(widgets)).not.toContain(ACCOUNT_B.name);
    // Nothing in storage names the user or holds a token: only the credentials' hashes.
    const keys = (await env.MCP_STATE.list({ prefix: "active-account:" })).keys.map((k) => k.name);
    expect(keys).toContain(`active-account:v2:${await tokenCredentialKey(USER)}`);
    expect(keys).toContain(`active-account:v2:${await tokenCredentialKey(READ_ONLY)}`);
    expect(keys.join(" ")).not.toMatch(/user:|user-token|readonly-token/);
  });

  it("refuses to activate an account the credential cannot see", async () => {
    const client = await connect(createFixtureApp(createFakeApi()), { token: ACCOUNT_TOKEN });
    const result = await client.callTool({
      name: "set_active_account",
      arguments: { account_id: ACCOUNT_B.id },
    });
    expect(result.isError).toBe(true);
    expect(textOf(result)).toContain(ACCOUNT_A.id);
  });
});
