// Scope: the template keeps pace with the repository's apps: same dependency versions, and every
// script, binding and dev variable that all apps share.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATE_DIR } from "../src/generate.ts";
import { findWorkspaceRoot } from "../src/workspace.ts";

interface PackageJson {
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const appsDir = join(findWorkspaceRoot(import.meta.dirname)!, "apps");
const apps = readdirSync(appsDir)
  .map((name) => join(appsDir, name))
  .filter(
    (dir) => existsSync(join(dir, "package.json")) && existsSync(join(dir, "wrangler.jsonc")),
  );
const templateDir = join(TEMPLATE_DIR, "app");

const readPackage = (dir: string) =>
  JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageJson;
const allDependencies = (pkg: PackageJson) => ({ ...pkg.dependencies, ...pkg.devDependencies });
const bindings = (dir: string) =>
  new Set(
    [...readFileSync(join(dir, "wrangler.jsonc"), "utf8").matchAll(/"binding"\s*:\s*"(\w+)"/g)].map(
      (match) => match[1]!,
    ),
  );
const devVars = (dir: string) =>
  new Set([...(readPackage(dir).scripts?.dev ?? "").matchAll(/--var (\w+):/g)].map((m) => m[1]!));

/** What every app has: what a new app needs too. */
function common(sets: Set<string>[]): string[] {
  const [first, ...rest] = sets;
  return [...(first ?? [])].filter((item) => rest.every((set) => set.has(item))).sort();
}

const missingFromTemplate = (shared: string[], template: Set<string>) =>
  shared.filter((item) => !template.has(item));

describe("template/app", () => {
  it("pins every dependency to the version the existing apps use", () => {
    const template = allDependencies(readPackage(templateDir));
    const mismatches: string[] = [];
    for (const dir of apps) {
      for (const [name, version] of Object.entries(allDependencies(readPackage(dir)))) {
        if (name in template && template[name] !== version) {
          mismatches.push(`${name}: template ${template[name]}, ${dir} ${version}`);
        }
      }
    }
    expect(mismatches, "update template/app/package.json").toEqual([]);
  });

  it("has every package script all apps have", () => {
    const scripts = (dir: string) => new Set(Object.keys(readPackage(dir).scripts ?? {}));
    const shared = common(apps.map(scripts));
    expect(missingFromTemplate(shared, scripts(templateDir)), "template/app/package.json").toEqual(
      [],
    );
  });

  it("binds every namespace all apps bind, and passes every variable their dev scripts pass", () => {
    const sharedBindings = common(apps.map(bindings));
    expect(missingFromTemplate(sharedBindings, bindings(templateDir)), "wrangler.jsonc").toEqual(
      [],
    );
    const sharedVars = common(apps.map(devVars));
    expect(missingFromTemplate(sharedVars, devVars(templateDir)), "dev script").toEqual([]);
  });
});
