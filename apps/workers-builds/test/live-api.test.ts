// Scope: what issue #16 saw against an independent Cloudflare-compatible API, through an MCP
// client on the emulator: partial Worker details when the latest-builds lookup fails, 400 log
// lines over a log that ends in errors without claiming lines that are not returned, every module
// of a Worker listed, the failing command named, and retries that say what they rebuild.

import { checkRequestBodies, type ProductSpecs } from "@repo/emulator/contract";
import { emulatorControl } from "@repo/emulator/control";
import { ACME_ACCOUNT, USER_TOKEN } from "@repo/emulator/identities";
import {
  API_GATEWAY_FAILED_BUILD,
  SEARCH_INDEXER,
  SEARCH_INDEXER_FAILED_BUILD,
} from "@repo/emulator/seed/workers-builds";
import { callOk, testApp } from "@repo/mcp-kit/testing";
import { beforeEach, describe, expect, inject, it } from "vitest";
import app from "../src/index";
import { isErrorLine } from "../src/log-window";

declare module "vitest" {
  export interface ProvidedContext {
    productSpecs: ProductSpecs | null;
  }
}

const stack = testApp(app);
const acme = { account_id: ACME_ACCOUNT.id };
const control = () => emulatorControl(stack.emulator.url);
const LATEST = "/accounts/:account_id/builds/builds/latest";
const indexerLog = SEARCH_INDEXER_FAILED_BUILD.logs.map(([, text]) => text);

/** Line numbers of `#n …` lines. */
const numbers = (lines: readonly string[]) =>
  lines.map((line) => Number(line.slice(1, line.indexOf(" "))));
/** Every line number inside the ranges. */
const expand = (ranges: ReadonlyArray<readonly [number, number]>) =>
  ranges.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => from + i));

beforeEach(async () => {
  await stack.emulator.reset();
});

describe("when the latest-builds lookup fails", () => {
  const fail = () =>
    control().fault({
      method: "GET",
      route: LATEST,
      status: 500,
      code: 12500,
      message: "Internal error",
    });

  it("workers_builds_workers_get shows the triggers it read and says what it could not read", async () => {
    await fail();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_get", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured).toMatchObject({
      name: "api-gateway",
      builds_connected: true,
      not_read: { latest_build: "HTTP 500 12500: Internal error" },
    });
    expect(result.structured.triggers).toHaveLength(1);
    expect(result.structured).not.toHaveProperty("latest_build");
    expect(result.text).toContain("Could not read: latest build (HTTP 500 12500: Internal error)");
  });

  it("workers_builds_workers_list says the build column is missing and why", async () => {
    await fail();
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_workers_list", acme);
    expect(result.structured.not_read).toEqual({ latest_builds: "HTTP 500 12500: Internal error" });
    expect(result.text).toContain(
      "The latest builds could not be read (HTTP 500 12500: Internal error)",
    );
  });
});

describe("workers_builds_build_logs_get over a log of 439 lines that ends in errors", () => {
  it("400 tail lines: keeps the end and every error line, and names what it dropped", async () => {
    expect(indexerLog.length).toBeGreaterThan(400);
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_build_logs_get", {
      ...acme,
      worker: "search-indexer",
      line_count: 400,
    });
    const structured = result.structured as {
      requested: [number, number];
      shown: Array<[number, number]>;
      dropped: Array<[number, number]>;
      lines: string[];
    };
    expect(result.raw).not.toContain("_truncated");
    expect(structured.requested).toEqual([indexerLog.length - 399, indexerLog.length]);
    expect(numbers(structured.lines)).toEqual(expand(structured.shown));
    expect(structured.lines.length + expand(structured.dropped).length).toBe(400);
    expect(structured.lines.at(-1)).toContain("Failed: deploy command exited with code: 2");
    const errorLines = indexerLog.flatMap((text, i) => (isErrorLine(text) ? [i + 1] : []));
    for (const line of errorLines) expect(numbers(structured.lines)).toContain(line);
    const summary = result.text.split("\n")[0]!;
    expect(summary).toContain(
      `lines ${indexerLog.length - 399}-${indexerLog.length} of ${indexerLog.length} requested`,
    );
    expect(structured.dropped.length).toBeGreaterThan(0);
    expect(summary).toContain(
      `dropped ${structured.dropped.map(([a, b]) => `${a}-${b}`).join(", ")}`,
    );
    expect(summary).not.toMatch(/lines \d+-\d+ of \d+\b(?! requested)/);
  });

  it("from_line 1, 400 lines: returns what it claims and points at the errors after the range", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_build_logs_get", {
      ...acme,
      build_uuid: SEARCH_INDEXER_FAILED_BUILD.uuid,
      from_line: 1,
      line_count: 400,
    });
    const structured = result.structured as {
      shown: Array<[number, number]>;
      lines: string[];
      error_lines_after_range: number[];
    };
    expect(numbers(structured.lines)).toEqual(expand(structured.shown));
    expect(structured.shown[0]![0]).toBe(1);
    expect(structured.shown.at(-1)![1]).toBe(400);
    const after = indexerLog.flatMap((text, i) => (i >= 400 && isErrorLine(text) ? [i + 1] : []));
    expect(structured.error_lines_after_range).toEqual(after);
    expect(result.text).toContain(`error lines after this range`);
    expect(result.text).toContain(`from_line=${after[0]}`);
  });
});

describe("workers_builds_worker_code_get", () => {
  it("lists every module and shows the main one first", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const small = await callOk(client, "workers_builds_worker_code_get", {
      ...acme,
      worker: "search-indexer",
      max_chars: 200,
    });
    const modules = small.structured.modules as Array<{
      name: string;
      shown: string;
      content?: string;
    }>;
    expect(modules.map((module) => module.name)).toEqual(SEARCH_INDEXER.modules.map((m) => m.name));
    expect(modules[0]!.content).toBeDefined();
    expect(small.text).toContain(
      "Not shown: chunks/tokenizer.js, data/stopwords.txt; pass module to read one",
    );
    const one = await callOk(client, "workers_builds_worker_code_get", {
      ...acme,
      worker: "search-indexer",
      module: "chunks/tokenizer.js",
    });
    const shown = (one.structured.modules as Array<{ name: string; content?: string }>).filter(
      (module) => module.content !== undefined,
    );
    expect(shown.map((module) => module.name)).toEqual(["chunks/tokenizer.js"]);
  });
});

describe("workers_builds_builds_diagnose", () => {
  it("names the deploy command when the errors come from it", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "search-indexer",
    });
    expect(result.structured).toMatchObject({
      failed_step: "deploy",
      failed_command: "the deploy command (`npm run deploy`)",
    });
    expect(result.structured.next_step).toContain(
      "TypeScript errors in the deploy command (`npm run deploy`)",
    );
    expect(result.text).not.toContain("build command");
  });

  it("still names the build command when the errors come from it", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const result = await callOk(client, "workers_builds_builds_diagnose", {
      ...acme,
      worker: "api-gateway",
    });
    expect(result.structured.next_step).toContain(
      "TypeScript errors in the build command (`npm run build`)",
    );
  });
});

describe("workers_builds_builds_trigger retry", () => {
  it("says it rebuilds the branch head and offers the failed commit", async () => {
    const client = await stack.connect(USER_TOKEN.value);
    const retry = await callOk(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
    });
    expect(retry.structured).toMatchObject({
      builds: "the branch head",
      retry_of: {
        build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
        commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
      },
    });
    expect(retry.text).toContain(`commit_hash=${API_GATEWAY_FAILED_BUILD.commitHash}`);
    const exact = await callOk(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
      commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
    });
    expect(exact.structured.builds).toBe("the given commit");
    expect(exact.text).toContain(`on commit ${API_GATEWAY_FAILED_BUILD.commitHash}`);
  });

  it("sends bodies the official spec accepts", async () => {
    const specs = inject("productSpecs");
    if (!specs) return;
    const since = await control().mark();
    const client = await stack.connect(USER_TOKEN.value);
    await callOk(client, "workers_builds_builds_trigger", { ...acme, worker: "marketing-site" });
    await callOk(client, "workers_builds_builds_trigger", {
      ...acme,
      build_uuid: API_GATEWAY_FAILED_BUILD.uuid,
      commit_hash: API_GATEWAY_FAILED_BUILD.commitHash,
    });
    const checks = checkRequestBodies(specs, await control().requests(since));
    expect(checks).toHaveLength(2);
    for (const check of checks) expect(check.problems, check.operation).toEqual([]);
  });
});
