/// <reference path="./isolate/text-modules.d.ts" />
/**
 * `search`: agent code runs against the spec in a fresh Dynamic Worker with no network.
 * `spec.find` ranks in the host (the index is built once per spec version); `spec.paths`,
 * `spec.operations` and `spec.products` read the spec module, which is sent only to code that
 * uses them (decided from the code's syntax), in the lazily parsed form of spec/sandbox-text.ts.
 */
import { findOperations, type RankedEndpoint } from "@repo/openapi";
import {
  membersUsed,
  runInSandbox,
  type SandboxExecutor,
  type SandboxModule,
  type SandboxOutcome,
} from "@repo/sandbox";
import type { LoadedSpec } from "../spec/loaded-spec.ts";
import { SANDBOX_SPEC_FORMAT } from "../spec/sandbox-text.ts";
import type { SpecKv } from "../spec/store.ts";
import type { Card } from "./isolate/search";
import SEARCH_SCOPE from "./isolate/search-scope.isolate.js" with { type: "text" };

export interface SearchRunOptions {
  executor: SandboxExecutor;
  loaded: LoadedSpec;
  /** Where the isolates' form of the spec is stored. */
  store: SpecKv;
  code: string;
  timeoutMs: number;
}

const NO_SPEC: SandboxModule = { text: "" };

export function runSearch(options: SearchRunOptions): Promise<SandboxOutcome> {
  const { loaded } = options;
  const used = membersUsed(options.code, "spec");
  const needsSpec = used === "any" || [...used].some((member) => member !== "find");
  const specModule: SandboxModule = needsSpec
    ? {
        shared: {
          id: `spec:${loaded.version}:${SANDBOX_SPEC_FORMAT}`,
          kind: "text",
          source: () => loaded.sandboxText(options.store),
        },
      }
    : NO_SPEC;
  return runInSandbox({
    executor: options.executor,
    code: options.code,
    scope: { module: SEARCH_SCOPE, names: ["spec"], modules: { "spec.txt": specModule } },
    host: { find: (query: unknown, opts: unknown) => find(loaded, query, opts) },
    limits: { timeoutMs: options.timeoutMs },
  });
}

/** `spec.find` in the host: checks what untrusted code passed, then ranks. */
function find(loaded: LoadedSpec, query: unknown, options: unknown): Card[] {
  if (typeof query !== "string" || query.trim() === "") {
    throw new TypeError(
      'spec.find needs a non-empty query string, e.g. spec.find("list dns records").',
    );
  }
  const { limit, product } = (options ?? {}) as { limit?: unknown; product?: unknown };
  const ranked: RankedEndpoint[] = findOperations(loaded.index, query, {
    ...(typeof limit === "number" ? { limit } : {}),
    ...(typeof product === "string" ? { product } : {}),
  });
  return ranked satisfies Card[];
}
