// Where `pnpm dev` takes the api server's data from, and when it loads it again.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_OPENAPI_SPEC_URL } from "@repo/openapi";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { codeFingerprint } from "../scripts/dev-data/code-fingerprint.ts";
import {
  DataSourceError,
  docsSource,
  PUBLISHED_DOCS_URL,
  specSource,
} from "../scripts/dev-data/sources.ts";
import {
  readStamp,
  staleness,
  stampFor,
  URL_MAX_AGE_MS,
  writeStampEntry,
} from "../scripts/dev-data/stamp.ts";

let root: string;
/** A checkout at <root>/repo, with or without <root>/shared/data beside it. */
let repo: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "api-dev-data-"));
  repo = join(root, "repo");
  mkdirSync(join(repo, "apps"), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function shareData(): void {
  mkdirSync(join(root, "shared", "data"), { recursive: true });
  writeFileSync(join(root, "shared", "data", "cloudflare-openapi-2024-08.json"), "{}");
  writeFileSync(join(root, "shared", "data", "cloudflare-docs.jsonl"), "");
}

describe("data sources", () => {
  it("resolves a relative CLOUDFLARE_OPENAPI_SPEC from where the user ran pnpm", () => {
    writeFileSync(join(repo, "apps", "spec.json"), "{}");
    const source = specSource(
      { CLOUDFLARE_OPENAPI_SPEC: "spec.json", INIT_CWD: join(repo, "apps") },
      repo,
    );
    expect(source).toMatchObject({ kind: "file", path: join(repo, "apps", "spec.json") });
  });

  it("names the variable and the path it tried when the file is missing", () => {
    expect(() =>
      docsSource({ CLOUDFLARE_DOCS_CORPUS: "nope.jsonl", INIT_CWD: repo }, repo),
    ).toThrow(DataSourceError);
    expect(() =>
      docsSource({ CLOUDFLARE_DOCS_CORPUS: "nope.jsonl", INIT_CWD: repo }, repo),
    ).toThrow(`CLOUDFLARE_DOCS_CORPUS=nope.jsonl: no file at ${join(repo, "nope.jsonl")}`);
  });

  it("uses ../shared/data when present, else the published sources", () => {
    expect(specSource({}, repo)).toEqual({
      kind: "url",
      url: DEFAULT_OPENAPI_SPEC_URL,
      from: "Cloudflare's published spec",
    });
    expect(docsSource({}, repo)).toMatchObject({ kind: "url", url: PUBLISHED_DOCS_URL });
    shareData();
    expect(specSource({}, repo)).toMatchObject({ kind: "file", from: "../shared/data" });
    expect(docsSource({}, repo)).toMatchObject({ kind: "file", from: "../shared/data" });
  });
});

describe("staleness", () => {
  it("loads what was never loaded, then only when the file changes or another is named", () => {
    shareData();
    const source = specSource({}, repo);
    expect(staleness(undefined, source, "c1")).toBe("not loaded yet");
    const entry = stampFor(source, "1 operation", "c1");
    expect(staleness(entry, source, "c1")).toBeUndefined();
    const path = join(root, "shared", "data", "cloudflare-openapi-2024-08.json");
    utimesSync(path, new Date(), new Date(Date.now() + 60_000));
    expect(staleness(entry, specSource({}, repo), "c1")).toBe("the file changed");
    writeFileSync(join(repo, "other.json"), "{}");
    const other = specSource({ CLOUDFLARE_OPENAPI_SPEC: join(repo, "other.json") }, repo);
    expect(staleness(entry, other, "c1")).toMatch(/^the source is now/);
  });

  it("loads again when the code that builds the stored form changed (an upgrade), source or not", () => {
    shareData();
    const source = specSource({}, repo);
    const entry = stampFor(source, "1 operation", "c1");
    expect(staleness(entry, source, "c2")).toBe(
      "this version of the repository stores it differently",
    );
    const { code: _, ...beforeFingerprints } = entry;
    expect(staleness(beforeFingerprints, source, "c1")).toBe(
      "this version of the repository stores it differently",
    );
  });

  it("fetches a published source again once the local copy is a day old", () => {
    const source = specSource({}, repo);
    const entry = stampFor(source, "x", "c1", new Date(Date.now() - URL_MAX_AGE_MS - 1));
    expect(staleness(entry, source, "c1")).toBe("the local copy is over a day old");
    expect(staleness(stampFor(source, "x", "c1"), source, "c1")).toBeUndefined();
  });

  it("forgets the stamp when the state it describes is gone", () => {
    const state = join(root, "state");
    mkdirSync(join(state, "v3"), { recursive: true });
    writeStampEntry(state, "docs", stampFor(docsSource({}, repo), "14 pages", "c1"));
    expect(readStamp(state).docs?.summary).toBe("14 pages");
    rmSync(join(state, "v3"), { recursive: true });
    expect(readStamp(state)).toEqual({});
  });
});

describe("dev-data.ts when no source can be reached", () => {
  it("prints one line that says what is missing and how to fix it, and exits 3", () => {
    const state = join(root, "state");
    const run = spawnSync(
      process.execPath,
      [
        join(import.meta.dirname, "..", "scripts", "dev-data.ts"),
        "--only",
        "spec",
        "--persist-to",
        state,
      ],
      {
        encoding: "utf8",
        // A URL nothing listens on: what an offline machine sees for the published spec.
        env: {
          ...process.env,
          CLOUDFLARE_OPENAPI_SPEC: "",
          OPENAPI_SPEC_URL: "http://127.0.0.1:9/openapi.json",
        },
      },
    );
    expect(run.status).toBe(3);
    const lines = run.stdout.trim().split("\n");
    expect(lines.at(-1)).toMatch(
      /^spec: not loaded, so the OpenAPI spec \(search, codemode=false\) is unavailable: Could not fetch the spec from http:\/\/127\.0\.0\.1:9\/openapi\.json \(fetch failed\)\. Set CLOUDFLARE_OPENAPI_SPEC=<path to Cloudflare's openapi\.json> and run pnpm dev again\.$/,
    );
    expect(run.stderr).not.toMatch(/\bat \S+:\d+:\d+/);
  });
});

describe("codeFingerprint", () => {
  it("changes with the source files under a folder, not with its tests", () => {
    mkdirSync(join(repo, "pkg", "src", "deep"), { recursive: true });
    writeFileSync(join(repo, "pkg", "src", "deep", "schema.sql"), "CREATE TABLE a (x);");
    writeFileSync(join(repo, "pkg", "src", "load.ts"), "export const a = 1;");
    const before = codeFingerprint(repo, ["pkg/src"]);
    writeFileSync(join(repo, "pkg", "src", "load.test.ts"), "test");
    expect(codeFingerprint(repo, ["pkg/src"])).toBe(before);
    writeFileSync(join(repo, "pkg", "src", "deep", "schema.sql"), "CREATE TABLE a (x, y);");
    expect(codeFingerprint(repo, ["pkg/src"])).not.toBe(before);
  });
});
