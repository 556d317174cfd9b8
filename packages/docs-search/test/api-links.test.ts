// The docs-to-API bridge: the calls a page shows, with their method and the words around them,
// written by the loader and read back for the endpoint search.
import { env } from "cloudflare:workers";
import { afterAll, describe, expect, it } from "vitest";
import { type DocPage, extractApiLinks, readApiLinks, writeDocsIndex } from "../src/index.ts";
import { FIXTURE_BASE, loadFixture } from "./fixture.ts";

const page: DocPage = {
  url: `${FIXTURE_BASE}/cache/compression/#top`,
  title: "Content compression",
  product: "cache",
  source_path: "cache/compression.md",
  text: [
    "Compression makes responses smaller.",
    "",
    "## Turn on Brotli",
    "",
    "Shrink text responses for faster page loads:",
    "",
    "```bash",
    'curl "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/brotli" \\',
    "  --request PATCH \\",
    '  --json \'{ "value": "on" }\'',
    "```",
    "",
    "## Check the setting",
    "",
    "```bash",
    'curl "https://api.cloudflare.com/client/v4/zones/<ZONE_ID>/settings/brotli?x=1"',
    "```",
    "",
    "## Create a record",
    "",
    "```bash",
    "curl https://api.cloudflare.com/client/v4/zones/$ZONE_ID/dns_records \\",
    '  --data \'{"type":"A"}\'',
    "```",
    "",
    "```txt",
    "GET accounts/{account_id}/alerting/v3/history",
    "```",
  ].join("\n"),
};

afterAll(async () => {
  await loadFixture();
});

describe("extractApiLinks", () => {
  it("finds each call with its method, path as written, heading and introducing sentence", () => {
    expect(extractApiLinks(page)).toEqual([
      {
        method: "PATCH",
        path: "/zones/$ZONE_ID/settings/brotli",
        url: `${FIXTURE_BASE}/cache/compression/`,
        title: "Content compression",
        text: "Turn on Brotli. Shrink text responses for faster page loads:",
      },
      {
        method: "GET",
        path: "/zones/<ZONE_ID>/settings/brotli",
        url: `${FIXTURE_BASE}/cache/compression/`,
        title: "Content compression",
        text: "Check the setting",
      },
      expect.objectContaining({ method: "POST", path: "/zones/$ZONE_ID/dns_records" }),
      expect.objectContaining({
        method: "GET",
        path: "/accounts/{account_id}/alerting/v3/history",
      }),
    ]);
  });

  it("skips pages that show no call", () => {
    expect(extractApiLinks({ ...page, text: "No calls here." })).toEqual([]);
  });
});

describe("readApiLinks", () => {
  it("reads back the calls the loader stored", async () => {
    await writeDocsIndex(env.DOCS_DB, [page]);
    const links = await readApiLinks(env.DOCS_DB);
    expect(links).toHaveLength(4);
    expect(links[0]).toEqual(extractApiLinks(page)[0]);
  });
});
