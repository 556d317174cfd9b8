/**
 * A fingerprint of the code that shapes a stored data set. The local state keeps what an earlier
 * version of this repository built (another schema, other processing, other per-page questions);
 * when this fingerprint differs from the one recorded at load time, the data set is loaded again,
 * as if its source had changed. Over-counting is cheap (one reload); missing a change is not
 * (a tool that fails on an old table layout), so whole folders are hashed rather than a version
 * number someone must remember to bump.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const HASHED = /\.(ts|js|sql|json)$/;
const SKIPPED = /(\.test\.ts$|\.d\.ts$|^(test|tests|node_modules)$)/;

/** sha256 (16 hex characters) over every source file under `paths` (files or folders, relative to `root`). */
export function codeFingerprint(root: string, paths: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of paths.flatMap((path) => sourceFiles(join(root, path))).sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return HASHED.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !SKIPPED.test(name))
    .flatMap((name) => sourceFiles(join(path, name)));
}
