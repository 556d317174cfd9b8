// `pnpm --filter @repo/docs-search docs:load`: loads the docs into the local D1 database of a
// wrangler config and prints what it loaded. The docs come from a JSONL corpus
// (CLOUDFLARE_DOCS_CORPUS or --corpus) or, with --published, from Cloudflare's published
// Markdown docs (llms.txt / llms-full.txt).

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_BINDING,
  type DocsSource,
  type LoadLocalResult,
  type LoadProgress,
  loadDocsIntoLocalD1,
} from "./load-local.ts";

const USAGE = `Usage: CLOUDFLARE_DOCS_CORPUS=<file.jsonl> docs:load [options]
       docs:load --published [--base-url <url>] [--products workers,kv] [options]

Options (relative paths are relative to packages/docs-search):
  --config <file>      wrangler config declaring the D1 binding (default: wrangler.jsonc)
  --binding <name>     D1 binding name (default: ${DEFAULT_BINDING})
  --persist-to <dir>   local state directory, as for wrangler dev (default: ../../.wrangler/state)
  --env <name>         wrangler environment
  --corpus <file>      corpus file (overrides CLOUDFLARE_DOCS_CORPUS)
  --published          download Cloudflare's published docs instead of reading a corpus file
  --base-url <url>     docs site for --published (default: https://developers.cloudflare.com)
  --products <list>    comma-separated product paths for --published (default: all)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: "string", default: "wrangler.jsonc" },
      binding: { type: "string", default: DEFAULT_BINDING },
      "persist-to": { type: "string", default: "../../.wrangler/state" },
      env: { type: "string" },
      corpus: { type: "string" },
      published: { type: "boolean", default: false },
      "base-url": { type: "string" },
      products: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  let source: DocsSource;
  if (values.published) {
    source = {
      kind: "published",
      ...(values["base-url"] ? { baseUrl: values["base-url"] } : {}),
      ...(values.products ? { products: values.products.split(",").map((p) => p.trim()) } : {}),
    };
  } else {
    const given = values.corpus ?? process.env.CLOUDFLARE_DOCS_CORPUS;
    // A path the user typed is relative to where they ran pnpm, not to this package.
    const corpusPath = given && resolve(process.env.INIT_CWD ?? process.cwd(), given);
    if (!corpusPath) {
      console.error(`CLOUDFLARE_DOCS_CORPUS is not set (or pass --published).\n\n${USAGE}`);
      return 2;
    }
    if (!existsSync(corpusPath)) {
      console.error(`No corpus at ${corpusPath}`);
      return 2;
    }
    source = { kind: "file", path: corpusPath };
  }
  if (!existsSync(values.config)) {
    console.error(`No wrangler config at ${values.config}`);
    return 2;
  }
  const what = source.kind === "file" ? source.path : (source.baseUrl ?? "the published docs");
  console.log(`Loading ${what} into ${values.binding} (${values.config}, local)…`);
  let result: LoadLocalResult;
  try {
    result = await loadDocsIntoLocalD1({
      source,
      configPath: values.config,
      binding: values.binding,
      persistTo: values["persist-to"],
      ...(values.env ? { environment: values.env } : {}),
      onProgress: report,
    });
  } catch (error) {
    console.error(`docs:load failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  console.log(
    `pages ${result.pages}, passages ${result.passages}, products ${result.products}, ` +
      `seconds ${result.seconds.toFixed(1)}`,
  );
  return 0;
}

function report(progress: LoadProgress): void {
  if (progress.phase === "fetch") {
    console.log(`  fetched ${progress.detail} (${progress.done}/${progress.total})`);
  } else if (progress.phase === "optimize") {
    console.log("  optimizing the index…");
  }
}

process.exitCode = await main();
