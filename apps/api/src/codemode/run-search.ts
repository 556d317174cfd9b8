/**
 * `search`: agent code runs against the spec inside a Dynamic Worker with no network. The isolate
 * holds the whole processed spec, deep-frozen, and is reused while warm for the same spec version,
 * code and caller, so a caller can never see state another caller's code left behind.
 */

import { sha256Hex } from "@repo/mcp-kit";
import { runInSandbox, type SandboxOutcome } from "@repo/sandbox";
import type { LoadedSpec } from "../spec/loaded-spec.ts";
import { SpecFinder } from "./spec-finder.ts";

const SETUP = `import specText from "spec.txt";
const stored = JSON.parse(specText);
const paths = {};
for (const operation of stored.operations) {
  (paths[operation.path] ??= {})[operation.method.toLowerCase()] = operation;
}
const specData = sandbox.deepFreeze({
  info: stored.info,
  products: stored.products,
  operations: stored.operations,
  paths,
});`;

// Fresh top-level arrays per call, so code may sort or splice them in place; the operations in
// them stay frozen.
const SCOPE = `const spec = Object.freeze({
  ...specData,
  operations: [...specData.operations],
  products: [...specData.products],
  find: (query, options) => host.find(query, options ?? {}),
});`;

export interface SearchRunOptions {
  loader: WorkerLoader;
  loaded: LoadedSpec;
  code: string;
  /** Stable per caller (the principal's user key); never sent to the isolate. */
  callerKey: string;
  timeoutMs: number;
}

export async function runSearch(options: SearchRunOptions): Promise<SandboxOutcome> {
  const { loaded } = options;
  const cacheKey = `search:${loaded.version}:${await sha256Hex(`${options.callerKey}\n${options.code}`)}`;
  return runInSandbox({
    loader: options.loader,
    code: options.code,
    cacheKey,
    setup: SETUP,
    scope: SCOPE,
    modules: () => ({ "spec.txt": { text: loaded.text } }),
    host: new SpecFinder(loaded.index),
    timeoutMs: options.timeoutMs,
  });
}
