// Per-endpoint tools: names, schemas, annotations, argument checks and request mapping.
import { describe, expect, it } from "vitest";
import { processSpec } from "../process.ts";
import { miniCloudflareSpec } from "../test-fixtures/mini-cloudflare.ts";
import { checkEndpointArguments, endpointRequest } from "./arguments.ts";
import { buildEndpointTools, type EndpointTool } from "./endpoint-tools.ts";
import { endpointToolName, MAX_TOOL_NAME_LENGTH } from "./names.ts";

const tools = buildEndpointTools(processSpec(miniCloudflareSpec()));
const tool = (name: string): EndpointTool => {
  const found = tools.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no tool ${name}; have ${tools.map((t) => t.name).join(", ")}`);
  return found;
};

describe("buildEndpointTools", () => {
  it("makes one tool per operation with unique snake_case names from the operationId", () => {
    expect(tools).toHaveLength(processSpec(miniCloudflareSpec()).operations.length);
    expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
    expect(tools.map((t) => t.name)).toContain("dns_records_create");
    for (const t of tools) expect(t.name).toMatch(/^[a-z0-9_]{1,64}$/);
  });

  it("puts path and query parameters and the JSON body in the input schema", () => {
    const list = tool("dns_records_list");
    expect(list.inputSchema).toMatchObject({
      type: "object",
      required: ["zone_id"],
      additionalProperties: false,
    });
    expect(Object.keys(list.inputSchema.properties as object)).toEqual(["zone_id", "type"]);
    const create = tool("dns_records_create");
    expect(Object.keys(create.inputSchema.properties as object)).toContain("body");
    expect(create.inputSchema.required).toEqual(["zone_id", "body"]);
  });

  it("makes account_id optional on account paths so the server can fill it", () => {
    const list = tool("worker_script_list_workers");
    expect(list.accountScoped).toBe(true);
    expect(list.inputSchema.required ?? []).not.toContain("account_id");
    expect(JSON.stringify(list.inputSchema)).toMatch(/active account/);
  });

  it("explains a multipart body instead of pretending to send it", () => {
    const upload = tool("worker_script_upload_worker_module");
    expect(JSON.stringify(upload.inputSchema.properties)).toMatch(/execute tool/);
  });

  it("derives annotations from the method", () => {
    expect(tool("dns_records_list").annotations).toEqual({
      readOnlyHint: true,
      destructiveHint: false,
      idempotentHint: true,
    });
    expect(tool("dns_records_delete").annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: true,
    });
    expect(tool("dns_records_create").annotations).toMatchObject({ idempotentHint: false });
  });

  it("describes the method, path and summary", () => {
    expect(tool("dns_records_list").description).toMatch(
      /^GET \/zones\/\{zone_id\}\/dns_records\nList DNS Records/,
    );
  });
});

describe("endpointToolName", () => {
  it("keeps long names within the limit, stable and distinct", () => {
    const a = endpointToolName({
      operationId: "access-short-lived-certificate-c-as-list-short-lived-certificate-c-as",
      method: "GET",
      path: "/x",
    });
    const b = endpointToolName({
      operationId: "access-short-lived-certificate-c-as-get-a-short-lived-certificate-ca",
      method: "GET",
      path: "/x",
    });
    expect(a.length).toBeLessThanOrEqual(MAX_TOOL_NAME_LENGTH);
    expect(a).not.toBe(b);
    expect(a).toBe(
      endpointToolName({
        operationId: "access-short-lived-certificate-c-as-list-short-lived-certificate-c-as",
        method: "GET",
        path: "/x",
      }),
    );
  });

  it("falls back to method and path", () => {
    expect(endpointToolName({ method: "GET", path: "/zones/{zone_id}" })).toBe("get_zones_zone_id");
  });
});

describe("checkEndpointArguments and endpointRequest", () => {
  it("reports missing, unknown and mistyped arguments together", () => {
    const check = checkEndpointArguments(tool("dns_records_list"), { type: { a: 1 }, nope: 1 });
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.issues).toEqual([
        'Missing required argument "zone_id".',
        expect.stringMatching(/^Argument "type" must be/),
        expect.stringMatching(/^Unknown argument "nope"; this tool takes: zone_id, type/),
      ]);
    }
  });

  it("fills and encodes the path, maps query and body, and uses the account default", () => {
    const request = endpointRequest(tool("dns_records_list"), { zone_id: "a/b", type: "A" });
    expect(request).toEqual({
      method: "GET",
      path: "/zones/a%2Fb/dns_records",
      query: { type: "A" },
    });
    const scripts = endpointRequest(tool("worker_script_list_workers"), {}, "acc1");
    expect(scripts.path).toBe("/accounts/acc1/workers/scripts");
    const create = endpointRequest(tool("dns_records_create"), {
      zone_id: "z",
      body: { type: "A" },
    });
    expect(create.body).toEqual({ type: "A" });
  });

  it("refuses to build a path with an empty parameter", () => {
    expect(() => endpointRequest(tool("worker_script_list_workers"), {})).toThrow(/account_id/);
  });
});
