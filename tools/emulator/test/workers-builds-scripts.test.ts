// Workers script routes: list, download (multipart for modules, raw JS for service workers), upload and delete.
import { exports } from "cloudflare:workers";
import { beforeEach, describe, expect, it } from "vitest";
import { ACME_ACCOUNT, GLOBEX_ACCOUNT, READONLY_TOKEN, USER_TOKEN } from "../src/seed/identities";
import { API_GATEWAY, CRON_CLEANUP, SCRIPTS } from "../src/seed/workers-builds";
import { API, call, onlyError, resetEmulator } from "./helpers";

beforeEach(resetEmulator);

const token = USER_TOKEN.value;
const scripts = `/accounts/${ACME_ACCOUNT.id}/workers/scripts`;

async function raw(method: string, path: string, body?: BodyInit, auth = token) {
  const headers = new Headers({ host: "127.0.0.1:8787", authorization: `Bearer ${auth}` });
  return exports.default.fetch(new Request(`${API}${path}`, { method, headers, body }));
}

function uploadForm(metadata: unknown, modules: Record<string, [string, string]>): FormData {
  const form = new FormData();
  form.append("metadata", JSON.stringify(metadata));
  for (const [name, [content, type]] of Object.entries(modules)) {
    form.append(name, new File([content], name, { type }));
  }
  return form;
}

describe("GET …/workers/scripts", () => {
  it("lists Acme Corp's seeded Workers with their tags and no code", async () => {
    const result = await call("GET", scripts, { token });
    expect(result.status).toBe(200);
    const names = result.body.result.map((script: { id: string }) => script.id);
    expect(names.sort()).toEqual(SCRIPTS.map((script) => script.name).sort());
    const gateway = result.body.result.find((s: { id: string }) => s.id === "api-gateway");
    expect(gateway).toMatchObject({ tag: API_GATEWAY.tag, handlers: ["fetch"], has_modules: true });
    expect(result.text).not.toContain("src_default");
  });

  it("lists no Worker for Globex Labs", async () => {
    const result = await call("GET", `/accounts/${GLOBEX_ACCOUNT.id}/workers/scripts`, { token });
    expect(result.body.result).toEqual([]);
  });
});

describe("GET …/workers/scripts/:script_name", () => {
  it("downloads a module Worker as multipart parts without metadata", async () => {
    const response = await raw("GET", `${scripts}/api-gateway`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    const form = await response.formData();
    expect([...form.keys()]).toEqual(["index.js", "index.js.map"]);
    const main = form.get("index.js") as File;
    expect(await main.text()).toBe(API_GATEWAY.modules[0]!.content);
    expect(form.get("metadata")).toBeNull();
  });

  it("downloads a service-worker script as raw JavaScript", async () => {
    const response = await raw("GET", `${scripts}/cron-cleanup`);
    expect(response.headers.get("content-type")).toBe("application/javascript");
    expect(await response.text()).toBe(CRON_CLEANUP.modules[0]!.content);
  });

  it("answers 404 10007 for an unknown Worker", async () => {
    const result = await call("GET", `${scripts}/no-such-worker`, { token });
    expect(result.status).toBe(404);
    expect(onlyError(result)).toEqual({
      code: 10007,
      message: "workers.api.error.script_not_found",
    });
  });
});

describe("PUT …/workers/scripts/:script_name", () => {
  it("uploads a module Worker and lists it with a new tag", async () => {
    const form = uploadForm(
      { main_module: "main.js", compatibility_date: "2026-08-01" },
      {
        "main.js": [
          "export default { fetch() { return new Response('hi'); } };",
          "application/javascript+module",
        ],
      },
    );
    const response = await raw("PUT", `${scripts}/hello-world`, form);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      result: { id: string; tag: string; handlers: string[] };
    };
    expect(body.result).toMatchObject({ id: "hello-world", handlers: ["fetch"] });
    expect(body.result.tag).toMatch(/^[0-9a-f]{32}$/);
    const listed = await call("GET", scripts, { token });
    expect(listed.body.result.map((s: { id: string }) => s.id)).toContain("hello-world");
    const download = await raw("GET", `${scripts}/hello-world`);
    expect(await ((await download.formData()).get("main.js") as File).text()).toContain("hi");
  });

  it("keeps the tag when an existing Worker is uploaded again", async () => {
    const form = uploadForm(
      { main_module: "index.js" },
      {
        "index.js": ["export default { fetch() {} };", "application/javascript+module"],
      },
    );
    const response = await raw("PUT", `${scripts}/api-gateway`, form);
    const body = (await response.json()) as { result: { tag: string } };
    expect(body.result.tag).toBe(API_GATEWAY.tag);
  });

  it("rejects an upload whose main module is missing", async () => {
    const form = uploadForm(
      { main_module: "missing.js" },
      {
        "index.js": ["export default {};", "application/javascript+module"],
      },
    );
    const response = await raw("PUT", `${scripts}/broken`, form);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { code: number; message: string }[] };
    expect(body.errors[0]!.message).toContain("missing.js");
  });

  it("rejects an upload without a metadata part", async () => {
    const form = new FormData();
    form.append("index.js", new File(["x"], "index.js", { type: "application/javascript+module" }));
    const response = await raw("PUT", `${scripts}/broken`, form);
    expect(response.status).toBe(400);
  });

  it("needs Workers Scripts Edit", async () => {
    const form = uploadForm(
      { main_module: "a.js" },
      { "a.js": ["export default {};", "application/javascript+module"] },
    );
    const response = await raw("PUT", `${scripts}/ro`, form, READONLY_TOKEN.value);
    expect(response.status).toBe(403);
  });
});

describe("DELETE …/workers/scripts/:script_name", () => {
  it("deletes a Worker so that it is no longer listed or downloadable", async () => {
    const deleted = await call("DELETE", `${scripts}/cron-cleanup`, { token });
    expect(deleted.status).toBe(200);
    expect(deleted.body.result).toBeNull();
    const again = await call("GET", `${scripts}/cron-cleanup`, { token });
    expect(again.status).toBe(404);
  });
});
