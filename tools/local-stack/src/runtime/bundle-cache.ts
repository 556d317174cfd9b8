/**
 * Bundles already built from the same sources, reused. Tests and `pnpm dev` start the same
 * package many times, and each build (wrangler, in a process of its own) costs ~1.7 s of CPU. An
 * entry is reused only when every file the bundle was built from (workspace sources, the wrangler
 * config, `.dev.vars`) and the lockfile (third-party code) read the same as when it was built.
 *
 * Layout: `<root>/<package hash>/<sources fingerprint>/` holds one build and its prepared.json;
 * `.build-*` folders beside them are builds in progress. Miniflare copies the modules into the
 * runtime's config when it starts, so removing an entry never disturbs a running Worker.
 */
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative, resolve } from "node:path";
import { repoRoot } from "../repo-root.ts";
import { PREPARED_FILE, type PreparedWorker } from "./prepared.ts";

/** Builds kept per package: the current sources and a few recent edits to switch back to. */
const KEEP_PER_PACKAGE = 4;
/** A `.build-*` folder older than this belongs to a process that died mid-build. */
const ABANDONED_BUILD_MS = 10 * 60_000;

export interface BundleCacheOptions {
  /** Cache folder; default `<repo>/node_modules/.cache/local-stack/bundles`. */
  root?: string;
  /** The lockfile whose content stands for every third-party module; default the repo's. */
  lockfile?: string;
}

export function bundleCache(options: BundleCacheOptions = {}) {
  const root = options.root ?? join(repoRoot(), "node_modules", ".cache", "local-stack", "bundles");
  const lockfile = options.lockfile ?? join(repoRoot(), "pnpm-lock.yaml");

  const folderOf = (dir: string) =>
    join(root, createHash("sha256").update(resolve(dir)).digest("hex").slice(0, 16));

  const fingerprint = (inputs: string[]): string => {
    const hash = createHash("sha256");
    for (const file of [lockfile, ...inputs]) {
      hash.update(`${file}\0`);
      hash.update(existsSync(file) ? readFileSync(file) : "\0missing\0");
    }
    return hash.digest("hex").slice(0, 24);
  };

  return {
    /** A build of `dir` from sources that read exactly as they do now, if one is kept. */
    find(dir: string): PreparedWorker | undefined {
      const folder = folderOf(dir);
      if (!existsSync(folder)) return undefined;
      for (const name of readdirSync(folder)) {
        if (name.startsWith(".")) continue;
        try {
          const prepared = JSON.parse(
            readFileSync(join(folder, name, PREPARED_FILE), "utf8"),
          ) as PreparedWorker;
          if (fingerprint(prepared.inputs) === name) return prepared;
        } catch {
          // Removed or half-written by another process: not a usable entry.
        }
      }
      return undefined;
    },

    /** An empty folder to build `dir` into, on the cache's file system (so `keep` can rename it). */
    buildFolder(dir: string): string {
      const folder = folderOf(dir);
      mkdirSync(folder, { recursive: true });
      return mkdtempSync(join(folder, ".build-"));
    },

    /**
     * Files the finished build in `outdir` under the fingerprint of its sources and returns it as
     * kept. A source changed since `startedAt` (an edit during the build) means the bundle may
     * not match any fingerprint: then it is returned as built, `kept: false`, for the caller to
     * remove after use.
     */
    keep(
      dir: string,
      outdir: string,
      built: PreparedWorker,
      startedAt: number,
    ): { prepared: PreparedWorker; kept: boolean } {
      const editedDuringBuild = built.inputs.some(
        (file) => existsSync(file) && statSync(file).mtimeMs >= startedAt,
      );
      if (editedDuringBuild) return { prepared: built, kept: false };
      const folder = folderOf(dir);
      const target = join(folder, fingerprint(built.inputs));
      const prepared = { ...built, entry: join(target, relative(outdir, built.entry)) };
      writeFileSync(join(outdir, PREPARED_FILE), JSON.stringify(prepared));
      try {
        renameSync(outdir, target);
      } catch {
        // Another process kept the same sources first: its build is as good as ours.
        rmSync(outdir, { recursive: true, force: true });
        if (!existsSync(join(target, PREPARED_FILE))) throw new Error(`cannot keep ${target}`);
      }
      prune(folder, target);
      return { prepared, kept: true };
    },
  };
}

/** Keeps the newest entries of one package (and `current`), and removes abandoned builds. */
function prune(folder: string, current: string): void {
  const now = Date.now();
  const entries = readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    try {
      return [{ name, path, mtimeMs: statSync(path).mtimeMs }];
    } catch {
      return [];
    }
  });
  const builds = entries.filter((entry) => entry.name.startsWith("."));
  for (const build of builds) {
    if (now - build.mtimeMs > ABANDONED_BUILD_MS)
      rmSync(build.path, { recursive: true, force: true });
  }
  const kept = entries
    .filter((entry) => !entry.name.startsWith(".") && entry.path !== current)
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of kept.slice(KEEP_PER_PACKAGE - 1)) {
    rmSync(old.path, { recursive: true, force: true });
  }
}
