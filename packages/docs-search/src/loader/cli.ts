// `pnpm --filter @repo/docs-search docs:load`: loads CLOUDFLARE_DOCS_CORPUS into the local D1
// database of a wrangler config and prints what it loaded.

import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_BINDING, type LoadLocalResult, loadCorpusIntoLocalD1 } from "./load-local.ts";

const USAGE = `Usage: CLOUDFLARE_DOCS_CORPUS=<file.jsonl> docs:load [options]

Options (relative paths are relative to packages/docs-search):
  --config <file>      wrangler config declaring the D1 binding (default: wrangler.jsonc)
  --binding <name>     D1 binding name (default: ${DEFAULT_BINDING})
  --persist-to <dir>   local state directory, as for wrangler dev (default: ../../.wrangler/state)
  --env <name>         wrangler environment
  --corpus <file>      corpus file (overrides CLOUDFLARE_DOCS_CORPUS)`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: "string", default: "wrangler.jsonc" },
      binding: { type: "string", default: DEFAULT_BINDING },
      "persist-to": { type: "string", default: "../../.wrangler/state" },
      env: { type: "string" },
      corpus: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpusPath = values.corpus ?? process.env.CLOUDFLARE_DOCS_CORPUS;
  if (!corpusPath) {
    console.error(`CLOUDFLARE_DOCS_CORPUS is not set.\n\n${USAGE}`);
    return 2;
  }
  for (const [what, path] of [
    ["corpus", corpusPath],
    ["wrangler config", values.config],
  ] as const) {
    if (!existsSync(path)) {
      console.error(`No ${what} at ${path}`);
      return 2;
    }
  }
  console.log(`Loading ${corpusPath} into ${values.binding} (${values.config}, local)…`);
  let result: LoadLocalResult;
  try {
    result = await loadCorpusIntoLocalD1({
      corpusPath,
      configPath: values.config,
      binding: values.binding,
      persistTo: values["persist-to"],
      ...(values.env ? { environment: values.env } : {}),
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

process.exitCode = await main();
