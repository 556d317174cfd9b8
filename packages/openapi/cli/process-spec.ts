/**
 * `pnpm --filter @repo/openapi spec:process [--out <file>]`: reads Cloudflare's OpenAPI spec
 * (the file in CLOUDFLARE_OPENAPI_SPEC, else OPENAPI_SPEC_URL, else the published spec), processes
 * it, writes the storage form to `<repo>/.wrangler/openapi/processed.json` (or `--out`) and prints
 * sizes and times. Used to seed storage for the `api` server and to measure the pipeline.
 * @module
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  describeUrl,
  fetchSpec,
  isOpenApiSpecError,
  parseSpecText,
  processSpec,
  resolveSpecSource,
  serializeProcessedSpec,
} from "../src/index.ts";

/** The workspace root: the nearest folder above this file holding pnpm-workspace.yaml. */
function findRepoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("No pnpm-workspace.yaml above the CLI.");
    dir = parent;
  }
  return dir;
}

/** Relative paths are taken from where the user ran pnpm (INIT_CWD), not the package folder. */
function fromInvocation(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function loadRaw(): Promise<{ document: unknown; rawBytes: number; source: string }> {
  const source = resolveSpecSource(process.env);
  if (source.kind === "file") {
    const path = fromInvocation(source.path);
    const text = await readFile(path, "utf8");
    return {
      document: parseSpecText(text, path),
      rawBytes: Buffer.byteLength(text),
      source: path,
    };
  }
  const document = await fetchSpec(source.url);
  return {
    document,
    rawBytes: Buffer.byteLength(JSON.stringify(document)),
    source: describeUrl(source.url),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = values.out
    ? fromInvocation(values.out)
    : resolve(findRepoRoot(), ".wrangler/openapi/processed.json");

  const started = performance.now();
  const { document, rawBytes, source } = await loadRaw();
  const loaded = performance.now();
  const spec = processSpec(document, { source });
  const processed = performance.now();
  const text = serializeProcessedSpec(spec);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  const written = performance.now();

  const applied = spec.operations.filter((operation) => operation.errata).length;
  console.log(
    [
      `source           ${source}`,
      `operations       ${spec.operations.length} (${spec.products.length} products, ${applied} corrected by errata)`,
      `raw size         ${megabytes(rawBytes)} (${rawBytes} bytes)`,
      `processed size   ${megabytes(Buffer.byteLength(text))} (${Buffer.byteLength(text)} bytes)`,
      `load + parse     ${Math.round(loaded - started)} ms`,
      `process          ${Math.round(processed - loaded)} ms`,
      `serialise+write  ${Math.round(written - processed)} ms`,
      `written to       ${out}`,
    ].join("\n"),
  );
}

main().catch((error: unknown) => {
  // Our own errors carry safe messages; anything else is reported by kind only.
  const message = isOpenApiSpecError(error)
    ? `${error.code}: ${error.message}`
    : error instanceof Error
      ? error.message
      : String(error);
  console.error(`spec:process failed: ${message}`);
  process.exit(1);
});
