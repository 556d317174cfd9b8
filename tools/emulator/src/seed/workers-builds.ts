/**
 * Seeded Workers and Workers Builds demo data with fixed ids, importable through
 * `@repo/emulator/seed/workers-builds`. Acme Corp runs four Workers:
 * - `api-gateway`: Builds connected; its latest build on `main` failed with TypeScript errors
 *   after a dependency upgrade (log spans several cursor pages); the build before it on `main`
 *   succeeded, and so did one on a feature branch.
 * - `marketing-site`: Builds connected, latest build succeeded.
 * - `billing-webhooks`: Builds connected; the build step passed but `wrangler deploy` failed with
 *   an authentication error (the build token lost its permission).
 * - `cron-cleanup`: no Builds connected; an old service-worker script uploaded by hand.
 * - `search-indexer`: several modules; Builds connected with no build command and a deploy
 *   command that type-checks first, so its latest build failed with TypeScript errors in the
 *   deploy step, at the end of a log of more than 400 lines.
 * Globex Labs has no Workers.
 */
import { ACME_ACCOUNT } from "./identities";

/** Lines per page of the build log endpoint (the emulator's choice; the spec does not say). */
export const LOG_PAGE_LINES = 100;

export interface SeedModule {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

export interface SeedScript {
  /** The immutable id Workers Builds calls `external_script_id` / `script_tag`. */
  readonly tag: string;
  readonly name: string;
  readonly accountId: string;
  readonly handlers: readonly string[];
  readonly compatibilityDate: string;
  readonly lastDeployedFrom: string;
  /** `null` for a service-worker script (one part, served back as raw JavaScript). */
  readonly mainModule: string | null;
  readonly modules: readonly SeedModule[];
  readonly createdOn: string;
  readonly modifiedOn: string;
}

export interface SeedTrigger {
  readonly uuid: string;
  readonly accountId: string;
  readonly scriptTag: string;
  readonly name: string;
  readonly branchIncludes: readonly string[];
  readonly branchExcludes: readonly string[];
  readonly buildCommand: string;
  readonly deployCommand: string;
  readonly rootDirectory: string;
  readonly repoName: string;
  readonly repoOwner: string;
  readonly createdOn: string;
}

export type LogLine = readonly [timestampMs: number, text: string];

export interface SeedBuild {
  readonly uuid: string;
  readonly accountId: string;
  readonly scriptTag: string;
  readonly triggerUuid: string;
  readonly outcome: "success" | "fail";
  readonly branch: string;
  readonly commitHash: string;
  readonly commitMessage: string;
  readonly author: string;
  readonly source: "push" | "pull_request" | "manual";
  readonly createdOn: string;
  readonly logs: readonly LogLine[];
}

const JS_MODULE = "application/javascript+module";

// Built from parts so that bundlers reading this file do not take it for its own source map link.
const SOURCE_MAP_COMMENT = `${"//"}# sourceMappingURL=index.js.map`;

export const API_GATEWAY: SeedScript = {
  tag: "6f1c2a9e8b7d4c3fa5e0d9b8c7a6f5e4",
  name: "api-gateway",
  accountId: ACME_ACCOUNT.id,
  handlers: ["fetch"],
  compatibilityDate: "2026-06-01",
  lastDeployedFrom: "wrangler",
  mainModule: "index.js",
  modules: [
    {
      name: "index.js",
      contentType: JS_MODULE,
      content: `// node_modules/hono/dist/compose.js
var compose = (middleware) => (context, next) => dispatch(0);
// src/routes/users.ts
var users = { list: (c) => c.json([]) };
// src/index.ts
var src_default = { async fetch(request, env, ctx) { return new Response("api-gateway ok"); } };
export { src_default as default };
${SOURCE_MAP_COMMENT}
`,
    },
    { name: "index.js.map", contentType: "application/source-map", content: '{"version":3}' },
  ],
  createdOn: "2025-03-02T09:12:44.501823Z",
  modifiedOn: "2026-11-18T16:41:09.117204Z",
};

export const MARKETING_SITE: SeedScript = {
  tag: "a3b4c5d6e7f80912a3b4c5d6e7f80912",
  name: "marketing-site",
  accountId: ACME_ACCOUNT.id,
  handlers: ["fetch"],
  compatibilityDate: "2026-05-12",
  lastDeployedFrom: "wrangler",
  mainModule: "worker.js",
  modules: [
    {
      name: "worker.js",
      contentType: JS_MODULE,
      content: `export default {\n  async fetch(request, env) {\n    return env.ASSETS.fetch(request);\n  },\n};\n`,
    },
  ],
  createdOn: "2025-05-20T11:03:27.900412Z",
  modifiedOn: "2026-11-19T10:22:51.338017Z",
};

export const BILLING_WEBHOOKS: SeedScript = {
  tag: "c0ffee00d15ea5e0b1111ab1e0ddba11",
  name: "billing-webhooks",
  accountId: ACME_ACCOUNT.id,
  handlers: ["fetch", "queue"],
  compatibilityDate: "2026-02-10",
  lastDeployedFrom: "wrangler",
  mainModule: "index.js",
  modules: [
    {
      name: "index.js",
      contentType: JS_MODULE,
      content: `export default {\n  async fetch(request, env) {\n    return new Response("billing webhooks");\n  },\n  async queue(batch) {\n    for (const message of batch.messages) message.ack();\n  },\n};\n`,
    },
  ],
  createdOn: "2025-08-14T15:40:02.118367Z",
  modifiedOn: "2026-10-30T08:15:40.771120Z",
};

export const CRON_CLEANUP: SeedScript = {
  tag: "0b1e2d3c4b5a69788796a5b4c3d2e1f0",
  name: "cron-cleanup",
  accountId: ACME_ACCOUNT.id,
  handlers: ["scheduled"],
  compatibilityDate: "2024-09-23",
  lastDeployedFrom: "dash",
  mainModule: null,
  modules: [
    {
      name: "worker.js",
      contentType: "application/javascript",
      content: `addEventListener("scheduled", (event) => {\n  event.waitUntil(cleanup());\n});\n\nasync function cleanup() {\n  // Delete sessions older than 30 days.\n}\n`,
    },
  ],
  createdOn: "2024-10-01T07:00:00.000000Z",
  modifiedOn: "2025-01-12T13:45:10.204519Z",
};

export const SEARCH_INDEXER: SeedScript = {
  tag: "5ea4c41d3e7f4b2a9c8d7e6f5a4b3c2d",
  name: "search-indexer",
  accountId: ACME_ACCOUNT.id,
  handlers: ["fetch", "queue"],
  compatibilityDate: "2026-09-01",
  lastDeployedFrom: "wrangler",
  mainModule: "index.js",
  modules: [
    {
      name: "index.js",
      contentType: JS_MODULE,
      content: `import { tokenize } from "./chunks/tokenizer.js";\nimport stopwords from "./data/stopwords.txt";\nexport default {\n  async fetch(request) {\n    const text = await request.text();\n    return Response.json(tokenize(text, stopwords.split("\\n")));\n  },\n  async queue(batch) {\n    for (const message of batch.messages) message.ack();\n  },\n};\n`,
    },
    {
      name: "chunks/tokenizer.js",
      contentType: JS_MODULE,
      content: `export function tokenize(text, stopwords) {\n  return text.toLowerCase().split(/\\W+/).filter((word) => word && !stopwords.includes(word));\n}\n`,
    },
    { name: "data/stopwords.txt", contentType: "text/plain", content: "a\nan\nand\nthe\nof\n" },
  ],
  createdOn: "2025-11-03T10:00:00.000000Z",
  modifiedOn: "2026-11-15T09:12:00.000000Z",
};

export const SCRIPTS: readonly SeedScript[] = [
  API_GATEWAY,
  MARKETING_SITE,
  BILLING_WEBHOOKS,
  CRON_CLEANUP,
  SEARCH_INDEXER,
];

const trigger = (
  uuid: string,
  script: SeedScript,
  fields: Partial<SeedTrigger> & Pick<SeedTrigger, "buildCommand" | "repoName" | "createdOn">,
): SeedTrigger => ({
  uuid,
  accountId: script.accountId,
  scriptTag: script.tag,
  name: "Deploy default branch",
  branchIncludes: ["main"],
  branchExcludes: [],
  deployCommand: "npx wrangler deploy",
  rootDirectory: "/",
  repoOwner: "acme-corp",
  ...fields,
});

export const API_GATEWAY_TRIGGER = trigger("1d5e3f00-7a2b-4c6d-9e8f-0a1b2c3d4e5f", API_GATEWAY, {
  buildCommand: "npm run build",
  repoName: "api-gateway",
  createdOn: "2025-03-02T09:20:11.000000Z",
});

export const MARKETING_SITE_TRIGGER = trigger(
  "2e6f4a11-8b3c-4d7e-8f90-1b2c3d4e5f60",
  MARKETING_SITE,
  { buildCommand: "npm run build", repoName: "marketing-site", createdOn: "2025-05-20T11:10:00Z" },
);

export const BILLING_WEBHOOKS_TRIGGER = trigger(
  "3f7a5b22-9c4d-4e8f-9a01-2c3d4e5f6a71",
  BILLING_WEBHOOKS,
  { buildCommand: "", repoName: "billing-webhooks", createdOn: "2025-08-14T15:45:00Z" },
);

export const SEARCH_INDEXER_TRIGGER = trigger(
  "4a8b6c33-0d5e-4f90-8b12-3d4e5f6a7b82",
  SEARCH_INDEXER,
  {
    buildCommand: "",
    deployCommand: "npm run deploy",
    repoName: "search-indexer",
    createdOn: "2025-11-03T10:05:00Z",
  },
);

export const TRIGGERS: readonly SeedTrigger[] = [
  API_GATEWAY_TRIGGER,
  MARKETING_SITE_TRIGGER,
  BILLING_WEBHOOKS_TRIGGER,
  SEARCH_INDEXER_TRIGGER,
];

/** Spreads `texts` over time from `startIso`, one line every `stepMs`. */
function timeline(startIso: string, texts: readonly string[], stepMs = 137): LogLine[] {
  const start = Date.parse(startIso);
  return texts.map((text, index) => [start + index * stepMs, text] as const);
}

const PACKAGES = ["hono", "zod", "@hono/zod-validator", "typescript", "wrangler", "esbuild"];

/** The long `npm ci --loglevel=http` output that pushes the failure onto a late log page. */
function npmFetchLines(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${PACKAGES[index % PACKAGES.length]}${index < PACKAGES.length ? "" : `-dep-${index}`}`;
    return `npm http fetch GET 200 https://registry.npmjs.org/${name} ${20 + (index % 40)}ms (cache miss)`;
  });
}

function preamble(repo: string, hash: string, branch: string): string[] {
  return [
    "Initializing build environment...",
    "Success: Finished initializing build environment",
    `Cloning repository acme-corp/${repo}...`,
    `HEAD is now at ${hash.slice(0, 7)} on branch ${branch}`,
    "Success: Finished cloning repository files",
    "Detected the following tools from environment: npm@10.9.2, nodejs@22.16.0",
    "Installing project dependencies: npm clean-install --progress=false",
  ];
}

const API_FAIL_HASH = "e4a91c07b3d25f6a8c0e1b2d3f4a5b6c7d8e9f01";
const API_OK_HASH = "9c2d7e1f0a3b4c5d6e7f8091a2b3c4d5e6f70812";

/** The failed `api-gateway` build: 320+ lines, TypeScript errors on the last page. */
const API_FAIL_LOGS = timeline("2026-11-20T14:02:05.000Z", [
  ...preamble("api-gateway", API_FAIL_HASH, "main"),
  ...npmFetchLines(290),
  "added 412 packages, and audited 413 packages in 19s",
  "found 0 vulnerabilities",
  "Executing user build command: npm run build",
  "> api-gateway@2.4.0 build",
  "> tsc --noEmit && wrangler deploy --dry-run --outdir dist",
  "src/routes/users.ts(14,23): error TS2345: Argument of type 'ZodObject<{ id: ZodString; }>' is not assignable to parameter of type 'ValidationTargets'.",
  "  Property 'json' is missing in type 'ZodObject<{ id: ZodString; }>'.",
  "src/middleware/auth.ts(31,5): error TS2322: Type 'MiddlewareHandler<Env, string, {}>' is not assignable to type 'MiddlewareHandler<AppEnv>'.",
  "src/index.ts(8,10): error TS2305: Module '\"hono/cors\"' has no exported member 'CorsOptions'.",
  "Found 3 errors in 3 files.",
  "Errors  Files",
  "     1  src/index.ts:8",
  "     1  src/middleware/auth.ts:31",
  "     1  src/routes/users.ts:14",
  "Failed: error occurred while running build command",
  "Failed: build command exited with code: 1",
]);

const successTail = (deploy: string, script: string, version: string): string[] => [
  "added 412 packages, and audited 413 packages in 17s",
  "Executing user build command: npm run build",
  "Success: Build command completed",
  `Executing user deploy command: ${deploy}`,
  " ⛅️ wrangler 4.50.0",
  "Total Upload: 182.41 KiB / gzip: 41.07 KiB",
  `Uploaded ${script} (3.12 sec)`,
  `Deployed ${script} triggers (0.41 sec)`,
  `  https://${script}.acme-corp.workers.dev`,
  `Current Version ID: ${version}`,
  "Success: Build command completed",
  "Success: Deploy command completed",
];

const build = (fields: Omit<SeedBuild, "accountId">): SeedBuild => ({
  accountId: ACME_ACCOUNT.id,
  ...fields,
});

export const API_GATEWAY_FAILED_BUILD = build({
  uuid: "8f3b2c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
  scriptTag: API_GATEWAY.tag,
  triggerUuid: API_GATEWAY_TRIGGER.uuid,
  outcome: "fail",
  branch: "main",
  commitHash: API_FAIL_HASH,
  commitMessage: "Upgrade hono to v5 and @hono/zod-validator to 1.0",
  author: "maria.lopez@acme.example",
  source: "push",
  createdOn: "2026-11-20T14:02:01.000000Z",
  logs: API_FAIL_LOGS,
});

export const API_GATEWAY_FEATURE_BUILD = build({
  uuid: "7e2a1b0c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
  scriptTag: API_GATEWAY.tag,
  triggerUuid: API_GATEWAY_TRIGGER.uuid,
  outcome: "success",
  branch: "feature/rate-limit-headers",
  commitHash: "5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c",
  commitMessage: "Expose RateLimit-Remaining header",
  author: "sam.okafor@acme.example",
  source: "pull_request",
  createdOn: "2026-11-19T09:30:12.000000Z",
  logs: timeline("2026-11-19T09:30:15.000Z", [
    ...preamble(
      "api-gateway",
      "5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c",
      "feature/rate-limit-headers",
    ),
    ...successTail(
      "npx wrangler versions upload",
      "api-gateway",
      "b1d2e3f4-0000-4a5b-8c6d-7e8f9a0b1c2d",
    ),
  ]),
});

export const API_GATEWAY_LAST_GOOD_BUILD = build({
  uuid: "6d1f0a9b-2c3d-4e4f-9a5b-6c7d8e9f0a1b",
  scriptTag: API_GATEWAY.tag,
  triggerUuid: API_GATEWAY_TRIGGER.uuid,
  outcome: "success",
  branch: "main",
  commitHash: API_OK_HASH,
  commitMessage: "Add request id to access logs",
  author: "sam.okafor@acme.example",
  source: "push",
  createdOn: "2026-11-18T16:38:40.000000Z",
  logs: timeline("2026-11-18T16:38:43.000Z", [
    ...preamble("api-gateway", API_OK_HASH, "main"),
    ...successTail("npx wrangler deploy", "api-gateway", "a0c1d2e3-1111-4f5a-9b6c-7d8e9f0a1b2c"),
  ]),
});

export const MARKETING_SITE_BUILD = build({
  uuid: "5c0e9f8a-1b2c-4d3e-8f4a-5b6c7d8e9f0a",
  scriptTag: MARKETING_SITE.tag,
  triggerUuid: MARKETING_SITE_TRIGGER.uuid,
  outcome: "success",
  branch: "main",
  commitHash: "2f3a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d",
  commitMessage: "Update pricing page copy",
  author: "lee.chen@acme.example",
  source: "push",
  createdOn: "2026-11-19T10:20:02.000000Z",
  logs: timeline("2026-11-19T10:20:05.000Z", [
    ...preamble("marketing-site", "2f3a4b5c6d7e8f9012a3b4c5d6e7f8091a2b3c4d", "main"),
    ...successTail("npx wrangler deploy", "marketing-site", "c2e3f4a5-2222-4b6c-8d7e-9f0a1b2c3d4e"),
  ]),
});

const BILLING_HASH = "7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b";

export const BILLING_WEBHOOKS_FAILED_BUILD = build({
  uuid: "4b9d8e7f-0a1b-4c2d-9e3f-4a5b6c7d8e9f",
  scriptTag: BILLING_WEBHOOKS.tag,
  triggerUuid: BILLING_WEBHOOKS_TRIGGER.uuid,
  outcome: "fail",
  branch: "main",
  commitHash: BILLING_HASH,
  commitMessage: "Retry Stripe webhooks with exponential backoff",
  author: "dev@example.com",
  source: "push",
  createdOn: "2026-11-20T08:11:30.000000Z",
  logs: timeline("2026-11-20T08:11:33.000Z", [
    ...preamble("billing-webhooks", BILLING_HASH, "main"),
    "added 96 packages, and audited 97 packages in 6s",
    "No build command specified. Skipping build step.",
    "Executing user deploy command: npx wrangler deploy",
    " ⛅️ wrangler 4.50.0",
    "Total Upload: 24.80 KiB / gzip: 6.12 KiB",
    `✘ [ERROR] A request to the Cloudflare API (/accounts/${ACME_ACCOUNT.id}/workers/scripts/billing-webhooks) failed.`,
    "  Authentication error [code: 10000]",
    "  Check that the build token has the Workers Scripts Edit permission for this account.",
    "Failed: error occurred while running deploy command",
  ]),
});

const SEARCH_FAIL_HASH = "3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d";

/** Type errors in the deploy command (`tsc --noEmit && wrangler deploy`), the last of 439 lines. */
export const SEARCH_INDEXER_FAILED_BUILD = build({
  uuid: "3a8c7d6e-9f0a-4b1c-8d2e-3f4a5b6c7d8e",
  scriptTag: SEARCH_INDEXER.tag,
  triggerUuid: SEARCH_INDEXER_TRIGGER.uuid,
  outcome: "fail",
  branch: "main",
  commitHash: SEARCH_FAIL_HASH,
  commitMessage: "Switch tokenizer to Intl.Segmenter",
  author: "lee.chen@acme.example",
  source: "push",
  createdOn: "2026-11-21T11:40:00.000000Z",
  logs: timeline("2026-11-21T11:40:03.000Z", [
    ...preamble("search-indexer", SEARCH_FAIL_HASH, "main"),
    ...npmFetchLines(420),
    "added 388 packages, and audited 389 packages in 21s",
    "No build command specified. Skipping build step.",
    "Executing user deploy command: npm run deploy",
    "> search-indexer@1.3.0 deploy",
    "> tsc --noEmit && wrangler deploy",
    "src/tokenizer.ts(12,18): error TS2339: Property 'segment' does not exist on type 'Segmenter'.",
    "src/tokenizer.ts(19,7): error TS2322: Type 'SegmentData[]' is not assignable to type 'string[]'.",
    "src/index.ts(4,30): error TS2307: Cannot find module './data/stopwords.txt' or its corresponding type declarations.",
    "src/index.ts(22,11): error TS7006: Parameter 'message' implicitly has an 'any' type.",
    "Found 4 errors in 2 files.",
    "Failed: error occurred while running deploy command",
    "Failed: deploy command exited with code: 2",
  ]),
});

/** Every seeded build, newest first within each Worker. */
export const BUILDS: readonly SeedBuild[] = [
  SEARCH_INDEXER_FAILED_BUILD,
  API_GATEWAY_FAILED_BUILD,
  API_GATEWAY_FEATURE_BUILD,
  API_GATEWAY_LAST_GOOD_BUILD,
  MARKETING_SITE_BUILD,
  BILLING_WEBHOOKS_FAILED_BUILD,
];
