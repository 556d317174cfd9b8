// The cron refresh end to end in Node: download (a fake fetch), process, store; running isolates
// pick the new version up after the pointer check interval, without a redeploy.
import { describe, expect, it } from "vitest";
import { loadSpec, POINTER_CHECK_INTERVAL_MS, resetSpecCache } from "../src/spec/loaded-spec.ts";
import { refreshSpecFromUrl } from "../src/spec/refresh.ts";
import { memoryKv } from "./memory-kv.ts";

/** A tiny OpenAPI document whose one operation's summary we control. */
function specServing(summary: () => string): typeof fetch {
  return (async () =>
    Response.json({
      openapi: "3.0.3",
      info: { title: "Cloudflare API", version: "4.0.0" },
      paths: {
        "/zones": {
          get: { operationId: "zones-get", summary: summary(), tags: ["Zone"], responses: {} },
        },
      },
    })) as unknown as typeof fetch;
}

describe("spec refresh", () => {
  it("stores a new version only when the spec changed, and running isolates pick it up", async () => {
    resetSpecCache();
    const kv = memoryKv();
    let summary = "List Zones";
    const fetchSpec = specServing(() => summary);
    const env = {
      SPEC_STORE: kv as unknown as KVNamespace,
      OPENAPI_SPEC_URL: "https://spec.test/openapi.json",
    };

    const first = await refreshSpecFromUrl(env, fetchSpec);
    expect(first.changed).toBe(true);
    expect(first.pointer).toMatchObject({
      operations: 1,
      source: "https://spec.test/openapi.json",
    });
    const start = Date.now();
    const loaded = await loadSpec(kv, start);
    expect(loaded.spec.operations[0]?.summary).toBe("List Zones");

    expect((await refreshSpecFromUrl(env, fetchSpec)).changed).toBe(false);

    summary = "List every zone";
    const second = await refreshSpecFromUrl(env, fetchSpec);
    expect(second.changed).toBe(true);
    // Within the check interval the isolate keeps what it has; after it, the new version.
    expect((await loadSpec(kv, start + 1_000)).version).toBe(first.pointer.version);
    const reloaded = await loadSpec(kv, start + POINTER_CHECK_INTERVAL_MS + 1);
    expect(reloaded.version).toBe(second.pointer.version);
    expect(reloaded.spec.operations[0]?.summary).toBe("List every zone");
  });

  it("says how to seed the spec when storage is empty", async () => {
    resetSpecCache();
    await expect(loadSpec(memoryKv())).rejects.toThrow(/`pnpm dev` loads it/);
  });
});
