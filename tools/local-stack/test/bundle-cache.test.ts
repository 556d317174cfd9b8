// The bundle cache reuses a build only while every source reads as it did when it was built.
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundleCache } from "../src/runtime/bundle-cache.ts";
import { PREPARED_FILE, type PreparedWorker } from "../src/runtime/prepared.ts";

let work: string;
let pkg: string;
let lockfile: string;
let cache: ReturnType<typeof bundleCache>;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "bundle-cache-test-"));
  pkg = join(work, "pkg");
  lockfile = join(work, "pnpm-lock.yaml");
  writeFileSync(lockfile, "lockfileVersion: '9.0'\n");
  cache = bundleCache({ root: join(work, "cache"), lockfile });
  writeSource("export default 1;");
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const source = () => join(work, "index.ts");

/** Writes the package's one source file, dated 10 s ago (before any build of this test). */
function writeSource(text: string): void {
  writeFileSync(source(), text);
  const past = new Date(Date.now() - 10_000);
  utimesSync(source(), past, past);
}

/** What prepare-worker.ts would leave in a build folder: the bundle and prepared.json. */
function build(startedAt = Date.now()) {
  const outdir = cache.buildFolder(pkg);
  const bundle = readFileSync(source(), "utf8");
  writeFileSync(join(outdir, "index.js"), bundle);
  const built: PreparedWorker = {
    name: "pkg",
    entry: join(outdir, "index.js"),
    main: "index.ts",
    workerOptions: {},
    inputs: [source(), join(work, "missing.dev.vars")],
  };
  writeFileSync(join(outdir, PREPARED_FILE), JSON.stringify(built));
  return cache.keep(pkg, outdir, built, startedAt);
}

describe("bundle cache", () => {
  it("hands back a kept build while the sources read the same, from the cache folder", () => {
    expect(cache.find(pkg)).toBeUndefined();
    const { prepared, kept } = build();
    expect(kept).toBe(true);
    const found = cache.find(pkg);
    expect(found).toEqual(prepared);
    expect(found?.entry.startsWith(join(work, "cache"))).toBe(true);
    expect(readFileSync(found?.entry ?? "", "utf8")).toBe("export default 1;");
  });

  it("finds nothing once a source or the lockfile changes", () => {
    build();
    writeSource("export default 2;");
    expect(cache.find(pkg)).toBeUndefined();
    writeSource("export default 1;");
    expect(cache.find(pkg)).toBeDefined();
    writeFileSync(lockfile, "lockfileVersion: '9.0'\n# another dependency\n");
    expect(cache.find(pkg)).toBeUndefined();
  });

  it("does not keep a build whose sources were edited while it ran", () => {
    const { kept } = build(Date.now() - 60_000);
    expect(kept).toBe(false);
    expect(cache.find(pkg)).toBeUndefined();
  });

  it("keeps one entry when two processes build the same sources", () => {
    const first = build();
    const second = build();
    expect(second.kept).toBe(true);
    expect(second.prepared.entry).toBe(first.prepared.entry);
    expect(readFileSync(second.prepared.entry, "utf8")).toBe("export default 1;");
  });

  it("keeps at most four builds of a package", () => {
    for (let version = 1; version <= 6; version++) {
      writeSource(`export default ${version};`);
      build();
    }
    const [folder] = readdirSync(join(work, "cache"));
    expect(readdirSync(join(work, "cache", folder ?? "")).length).toBe(4);
    expect(readFileSync(cache.find(pkg)?.entry ?? "", "utf8")).toBe("export default 6;");
  });
});
