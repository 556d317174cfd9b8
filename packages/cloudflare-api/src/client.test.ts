// Scope: CloudflareClient request building and successful responses (headers, bodies, query, raw).
import { describe, expect, it } from "vitest";
import { CloudflareClient } from "./client";
import { ACCOUNT_ID, ok, scriptedFetch, TOKEN, testClient } from "./test-support";

const storesPath = `/accounts/${ACCOUNT_ID}/secrets_store/stores`;

describe("CloudflareClient requests", () => {
  it("sends the bearer token, user agent and JSON accept header", async () => {
    const { fetch, calls } = scriptedFetch(ok([]));
    const client = new CloudflareClient({
      token: TOKEN,
      userAgent: "cloudflare-mcp-secrets-store/0.1.0",
      fetch,
    });
    await client.get(storesPath);
    const headers = calls[0]?.headers;
    expect(headers?.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(headers?.get("user-agent")).toBe("cloudflare-mcp-secrets-store/0.1.0");
    expect(headers?.get("accept")).toBe("application/json");
    expect(calls[0]?.url.href).toBe(`https://api.cloudflare.com/client/v4${storesPath}`);
  });

  it("uses a configured base URL with a trailing slash", async () => {
    const { fetch, calls } = scriptedFetch(ok({ id: "x", status: "active" }));
    const client = testClient(fetch, undefined, { baseUrl: "http://127.0.0.1:8787/client/v4/" });
    await client.get("/user/tokens/verify");
    expect(calls[0]?.url.href).toBe("http://127.0.0.1:8787/client/v4/user/tokens/verify");
  });

  it("lets callers set extra headers but never replace Authorization", async () => {
    const { fetch, calls } = scriptedFetch(ok(null));
    await testClient(fetch).get("/user", {
      headers: { Authorization: "Bearer other", "X-Trace": "t1", Accept: "application/javascript" },
    });
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${TOKEN}`);
    expect(calls[0]?.headers.get("x-trace")).toBe("t1");
    expect(calls[0]?.headers.get("accept")).toBe("application/javascript");
  });

  it("returns result, result_info, messages, status and headers of the envelope", async () => {
    const { fetch } = scriptedFetch(
      ok([{ id: "s1", name: "default_secrets_store" }], {
        messages: [{ code: 10001, message: "note" }],
        result_info: { page: 1, per_page: 20, count: 1, total_count: 1, total_pages: 1 },
      }),
    );
    const response = await testClient(fetch).get<Array<{ id: string }>>(storesPath);
    expect(response.result).toEqual([{ id: "s1", name: "default_secrets_store" }]);
    expect(response.resultInfo).toMatchObject({
      page: 1,
      perPage: 20,
      totalCount: 1,
      totalPages: 1,
    });
    expect(response.messages).toEqual([{ code: 10001, message: "note" }]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
  });

  it("sends query arrays as repeated keys", async () => {
    const { fetch, calls } = scriptedFetch(ok([]));
    await testClient(fetch).get(`/accounts/${ACCOUNT_ID}/builds/builds`, {
      query: { external_script_ids: ["a1", "b2"], page: 1, per_page: 50, branch: undefined },
    });
    expect(calls[0]?.url.searchParams.getAll("external_script_ids")).toEqual(["a1", "b2"]);
    expect(calls[0]?.url.search).toBe(
      "?external_script_ids=a1&external_script_ids=b2&page=1&per_page=50",
    );
  });

  it("serialises a JSON body with an application/json content type", async () => {
    const { fetch, calls } = scriptedFetch(ok([{ id: "sec1" }]));
    const client = testClient(fetch);
    await client.post(`${storesPath}/store1/secrets`, {
      body: { json: [{ name: "API_KEY", value: "v", scopes: ["workers"] }] },
    });
    expect(calls[0]?.method).toBe("POST");
    expect(calls[0]?.headers.get("content-type")).toBe("application/json");
    expect(JSON.parse(String(calls[0]?.body))).toEqual([
      { name: "API_KEY", value: "v", scopes: ["workers"] },
    ]);
  });

  it("sends FormData as multipart without forcing a content type", async () => {
    const { fetch, calls } = scriptedFetch(ok({ id: "worker" }));
    const form = new FormData();
    form.set("metadata", JSON.stringify({ main_module: "index.js" }));
    form.set(
      "index.js",
      new Blob(["export default {}"], { type: "application/javascript+module" }),
      "index.js",
    );
    await testClient(fetch).put(`/accounts/${ACCOUNT_ID}/workers/scripts/worker`, {
      body: { form },
      headers: { "content-type": "multipart/form-data" },
    });
    expect(calls[0]?.body).toBe(form);
    expect(calls[0]?.headers.has("content-type")).toBe(false);
  });

  it("lets the runtime write the multipart boundary when the request is built", async () => {
    const form = new FormData();
    form.set("metadata", "{}");
    const { fetch, calls } = scriptedFetch(ok(null));
    await testClient(fetch).put("/x", { body: { form } });
    const request = new Request(calls[0]?.url ?? "", {
      method: "PUT",
      headers: calls[0]?.headers,
      body: calls[0]?.body ?? null,
    });
    expect(request.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
  });

  it("sends a raw body with its given content type", async () => {
    const { fetch, calls } = scriptedFetch(ok(null));
    await testClient(fetch).request({
      method: "PUT",
      path: `/accounts/${ACCOUNT_ID}/workers/scripts/worker/content`,
      body: { raw: "export default {}", contentType: "application/javascript+module" },
    });
    expect(calls[0]?.body).toBe("export default {}");
    expect(calls[0]?.headers.get("content-type")).toBe("application/javascript+module");
  });

  it.each(["GET", "POST", "PUT", "PATCH", "DELETE"] as const)(
    "the %s helper sends that method",
    async (method) => {
      const { fetch, calls } = scriptedFetch(ok({ id: "1" }));
      const client = testClient(fetch);
      const helpers = {
        GET: client.get.bind(client),
        POST: client.post.bind(client),
        PUT: client.put.bind(client),
        PATCH: client.patch.bind(client),
        DELETE: client.delete.bind(client),
      };
      const response = await helpers[method]<{ id: string }>("/zones/z1");
      expect(calls[0]?.method).toBe(method);
      expect(response.result).toEqual({ id: "1" });
    },
  );

  it("treats 204 No Content as success with a null result", async () => {
    const { fetch } = scriptedFetch(new Response(null, { status: 204 }));
    const response = await testClient(fetch).delete("/zones/z1/purge");
    expect(response).toMatchObject({ result: null, messages: [], status: 204 });
  });

  it("requestRaw returns a non-envelope success with its body unread", async () => {
    const script = "export default { fetch() { return new Response('hi') } }";
    const { fetch } = scriptedFetch(
      new Response(script, { headers: { "content-type": "application/javascript" } }),
    );
    const response = await testClient(fetch).requestRaw({
      method: "GET",
      path: `/accounts/${ACCOUNT_ID}/workers/scripts/worker/content/v2`,
    });
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe(script);
  });

  it("rejects an empty token or user agent at construction", () => {
    expect(() => new CloudflareClient({ token: "", userAgent: "x/1" })).toThrow(TypeError);
    expect(() => new CloudflareClient({ token: "t", userAgent: "" })).toThrow(TypeError);
  });

  it("does not expose the token through JSON or enumerable properties", () => {
    const client = testClient(scriptedFetch().fetch);
    expect(JSON.stringify(client)).not.toContain(TOKEN);
    expect(Object.values(client).join(" ")).not.toContain(TOKEN);
  });
});
