// Scope: failure paths the emulator cannot produce (an API that refuses in-place value changes,
// a create that fails after rotate's delete, an API that echoes values), run on the tool
// handlers directly with a scripted API, and rendered the way the kit renders tool errors.
import { CloudflareApiError } from "@repo/cloudflare-api";
import type {
  AccountToolCall,
  CallApi,
  CallRequest,
  RegistrationContext,
  ToolDefinition,
} from "@repo/mcp-kit";
import { describeToolError, type ToolError } from "@repo/mcp-kit";
import { describe, expect, it } from "vitest";
import { registerRotateTool } from "../src/tools/rotate.tools";
import { registerSecretTools } from "../src/tools/secrets.tools";

const ACCOUNT = { id: "a".repeat(32), name: "Test" };
const STORE_ID = "b".repeat(32);
const SECRET_ID = "c".repeat(32);
const SECRET = {
  id: SECRET_ID,
  name: "API_KEY",
  store_id: STORE_ID,
  scopes: ["workers"],
  comment: "primary",
  status: "active",
  created: "2025-01-01T00:00:00Z",
  modified: "2025-01-01T00:00:00Z",
};

type Reply = (request: CallRequest) => unknown;

// biome-ignore lint/suspicious/noExplicitAny: handlers of different input shapes live in one map.
type AnyDefinition = ToolDefinition<any, AccountToolCall>;

function collectTools(): Map<string, AnyDefinition> {
  const tools = new Map<string, AnyDefinition>();
  const ctx: RegistrationContext = {
    tool() {},
    accountTool(definition) {
      tools.set(definition.name, definition as AnyDefinition);
    },
  };
  registerSecretTools(ctx);
  registerRotateTool(ctx);
  return tools;
}

/** An API whose replies come from `reply`; a thrown error is what the request throws. */
function scriptedCall(reply: Reply): { call: AccountToolCall; requests: CallRequest[] } {
  const requests: CallRequest[] = [];
  const send = (request: CallRequest) => {
    requests.push(request);
    return reply(request);
  };
  const method =
    (name: CallRequest["method"]) =>
    async (path: string, init = {}) =>
      send({ ...init, method: name, path });
  const api = {
    get: method("GET"),
    post: method("POST"),
    put: method("PUT"),
    patch: method("PATCH"),
    delete: method("DELETE"),
  } as unknown as CallApi;
  const call: AccountToolCall = {
    api,
    accountId: ACCOUNT.id,
    account: ACCOUNT,
    principal: {
      kind: "api-token",
      credentialKey: "token:u",
      tokenKind: "user",
      accounts: [ACCOUNT],
    },
    redact() {},
    signal: new AbortController().signal,
    selectAccount: async () => ACCOUNT,
  };
  return { call, requests };
}

function apiError(status: number, code: number, message: string, request: CallRequest) {
  return new CloudflareApiError({
    status,
    errors: [{ code, message }],
    messages: [],
    method: request.method,
    path: request.path,
    internalMessage: "",
    envelope: true,
    attempts: 1,
  });
}

const tools = collectTools();
const tool = (name: string) => {
  const definition = tools.get(name);
  if (!definition) throw new Error(`no tool ${name}`);
  return definition;
};

/** The text the model sees when `name` fails on `input`. */
async function failureText(name: string, input: Record<string, unknown>, reply: Reply) {
  const definition = tool(name);
  const { call } = scriptedCall(reply);
  const error = await definition.handler(input, call).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, "the tool should have failed").toBeDefined();
  return describeToolError(error, { toolName: name, hints: definition.errorHints ?? [], input })
    .text;
}

describe("secrets_store_secrets_update", () => {
  it("points to the rotate tool when the API refuses a value change", async () => {
    const text = await failureText(
      "secrets_store_secrets_update",
      { store_id: STORE_ID, secret_id: SECRET_ID, value: "new-value-1" },
      (request) => {
        throw apiError(400, 1002, "secret_value_immutable", request);
      },
    );
    expect(text).toContain("Cloudflare API error 1002: secret_value_immutable (HTTP 400).");
    expect(text).toContain(
      "Next: Nothing was changed. If the message says the value itself is invalid",
    );
    expect(text).toContain("secrets_store_secrets_rotate");
  });

  it("keeps the API error and its own hint when no value was sent", async () => {
    const text = await failureText(
      "secrets_store_secrets_update",
      { store_id: STORE_ID, secret_id: SECRET_ID, comment: "x" },
      (request) => {
        throw apiError(400, 1001, "secret_scopes_empty", request);
      },
    );
    expect(text).toContain("Cloudflare API error 1001: secret_scopes_empty (HTTP 400).");
    expect(text).not.toContain("secrets_store_secrets_rotate with the same store_id");
    expect(text).toContain("Fix that field");
  });
});

describe("secrets_store_secrets_rotate", () => {
  it("says the secret is gone and how to recreate it when create fails after delete", async () => {
    const { call, requests } = scriptedCall((request) => {
      if (request.method === "GET") return SECRET;
      if (request.method === "DELETE") return null;
      throw apiError(400, 1003, "maximum_secrets_exceeded", request);
    });
    const failure = tool("secrets_store_secrets_rotate").handler(
      { store_id: STORE_ID, secret_id: SECRET_ID, value: "rotated-value-1" },
      call,
    );
    await expect(failure).rejects.toMatchObject({
      message: expect.stringContaining("no longer exists"),
      hint: expect.stringContaining('"name":"API_KEY","scopes":["workers"],"comment":"primary"'),
    });
    expect(requests.map((request) => request.method)).toEqual(["GET", "DELETE", "POST"]);
    const error = await failure.catch((caught: ToolError) => caught);
    expect(`${error.message} ${error.hint}`).not.toContain("rotated-value-1");
  });

  it("sends the same name, scopes and comment with the new value", async () => {
    const { call, requests } = scriptedCall((request) => {
      if (request.method === "POST") return [{ ...SECRET, id: "d".repeat(32) }];
      return request.method === "GET" ? SECRET : null;
    });
    await tool("secrets_store_secrets_rotate").handler(
      { store_id: STORE_ID, secret_id: SECRET_ID, value: "rotated-value-2" },
      call,
    );
    expect(requests[2]?.body).toEqual({
      json: [
        { name: "API_KEY", value: "rotated-value-2", scopes: ["workers"], comment: "primary" },
      ],
    });
  });
});

describe("an API that echoes values", () => {
  it("never passes an echoed value on to the result", async () => {
    const { call } = scriptedCall(() => [{ ...SECRET, value: "echoed-by-api" }]);
    const result = await tool("secrets_store_secrets_create").handler(
      {
        store_id: STORE_ID,
        secrets: [{ name: "API_KEY", value: "sent-value", scopes: ["workers"] }],
      },
      call,
    );
    expect(JSON.stringify(result)).not.toContain("echoed-by-api");
  });
});
