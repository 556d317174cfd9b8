/**
 * One app's generated docs: what its README and server.json must contain given what the server
 * answers, whether the committed files match, and writing them. Pure apart from `writeAppDocs`,
 * so tests can feed a recorded tools/list.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AppInfo } from "./app-info.ts";
import type { AppCatalogue } from "./catalogue.ts";
import { manifestDrift, readmeDrift } from "./drift.ts";
import { generatedBlock, placeGeneratedBlock, type UpdatedReadme } from "./readme-section.ts";
import { buildServerManifest, serializeManifest } from "./server-manifest.ts";
import { summarizeTool } from "./tool-summary.ts";
import { renderToolTable } from "./tool-table.ts";

export interface AppFiles {
  readme: string | undefined;
  manifest: string | undefined;
}

export interface ExpectedDocs {
  readme: UpdatedReadme;
  manifest: string;
  toolCount: number;
}

export function readAppFiles(info: AppInfo): AppFiles {
  const read = (file: string) => {
    const path = join(info.dir, file);
    return existsSync(path) ? readFileSync(path, "utf8") : undefined;
  };
  return { readme: read("README.md"), manifest: read("server.json") };
}

/** Problems in the code itself, which regenerating cannot fix. */
export function codeProblems(info: AppInfo, catalogue: AppCatalogue): string[] {
  if (catalogue.server.version !== info.version) {
    return [
      `the server reports version ${catalogue.server.version} in initialize, package.json says ${info.version}: pass package.json's version to createMcpApp`,
    ];
  }
  return [];
}

export function expectedDocs(info: AppInfo, catalogue: AppCatalogue, readme: string): ExpectedDocs {
  const tools = catalogue.tools.map(summarizeTool);
  const manifest = buildServerManifest({ info, title: catalogue.server.title, tools });
  return {
    readme: placeGeneratedBlock(readme, generatedBlock(renderToolTable(tools))),
    manifest: serializeManifest(manifest),
    toolCount: tools.length,
  };
}

/** What `--check` reports for one app: empty when README and server.json are up to date. */
export function checkAppDocs(info: AppInfo, catalogue: AppCatalogue, files: AppFiles): string[] {
  if (files.readme === undefined) return ["README.md is missing"];
  const expected = expectedDocs(info, catalogue, files.readme);
  return [
    ...codeProblems(info, catalogue),
    ...readmeDrift(files.readme, expected.readme.text),
    ...manifestDrift(files.manifest, expected.manifest),
  ];
}

export interface WriteOutcome {
  readme: "unchanged" | UpdatedReadme["placement"];
  manifest: "unchanged" | "written";
  toolCount: number;
}

export function writeAppDocs(
  info: AppInfo,
  catalogue: AppCatalogue,
  files: AppFiles,
): WriteOutcome {
  if (files.readme === undefined) {
    throw new Error(
      `apps/${info.app} has no README.md: write one (with a "## Tools" section) first`,
    );
  }
  const expected = expectedDocs(info, catalogue, files.readme);
  const readmeChanged = expected.readme.text !== files.readme;
  const manifestChanged = expected.manifest !== files.manifest;
  if (readmeChanged) writeFileSync(join(info.dir, "README.md"), expected.readme.text);
  if (manifestChanged) writeFileSync(join(info.dir, "server.json"), expected.manifest);
  return {
    readme: readmeChanged ? expected.readme.placement : "unchanged",
    manifest: manifestChanged ? "written" : "unchanged",
    toolCount: expected.toolCount,
  };
}
