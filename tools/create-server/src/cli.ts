// `pnpm create-server <name>`: scaffolds a product server, installs it and prints what to do next.
import { parseArgs } from "node:util";
import { GenerateError, generateServer } from "./generate.ts";
import { findWorkspaceRoot, formatFiles, hasRootScript, runPnpm } from "./workspace.ts";

const USAGE = `Usage: pnpm create-server <name> [--skip-install] [--root <workspace>]

  <name>          kebab-case product name, e.g. zero-trust (becomes apps/<name>)
  --skip-install  do not run pnpm install (nor Biome and docs:tools, which need it)
  --root <dir>    workspace to generate into (default: the repository around the current folder)`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "skip-install": { type: "boolean", default: false },
      root: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length !== 1) {
    console.error(`create-server: expected one name, got ${positionals.length}.\n\n${USAGE}`);
    return 2;
  }
  const root = values.root ?? findWorkspaceRoot(process.env.INIT_CWD ?? process.cwd());
  if (!root) {
    console.error("create-server: no pnpm-workspace.yaml above the current folder; pass --root.");
    return 2;
  }

  const server = generateServer({ root, name: positionals[0]! });
  const { kebab, constant } = server.names;
  console.log(`Created the ${kebab} server (port ${server.port}):`);
  for (const file of server.files) console.log(`  ${file}`);

  /** Commands the user still has to run, with why. */
  const todo: [string, string][] = [];
  const install = !values["skip-install"];
  if (install) {
    console.log("\nLinking the new package: pnpm install");
    if (!runPnpm(root, ["install", "--prefer-offline", "--no-frozen-lockfile"])) {
      console.error("create-server: pnpm install failed; fix the error above and run it again.");
      return 1;
    }
  } else {
    todo.push(["pnpm install", "links the new package's workspace dependencies"]);
  }
  // Template lines are formatted for "my-product"; a longer name can push one past the width.
  if (!(install && formatFiles(root, server.files))) {
    todo.push([`pnpm exec biome check --write ${server.files.join(" ")}`, "formats the new files"]);
  }
  if (!hasRootScript(root, "docs:tools")) {
    console.log("\nNo docs:tools script in this repository: the README's tool table stays empty.");
  } else if (!install) {
    todo.push([`pnpm docs:tools ${kebab}`, "fills the README's tool table and server.json"]);
  } else {
    console.log(`\nGenerating the README's tool table: pnpm docs:tools ${kebab}`);
    if (!runPnpm(root, ["docs:tools", kebab])) {
      console.error(`create-server: pnpm docs:tools ${kebab} failed; run it again once fixed.`);
      return 1;
    }
  }
  todo.push(
    [`pnpm --filter ${kebab} test`, "runs the example tool against the emulator"],
    ["pnpm dev", `serves it at http://127.0.0.1:${server.port}/mcp (${constant}_PORT moves it)`],
  );
  console.log(`\nNext:\n${todo.map(([command, why]) => `  ${command}\n      ${why}`).join("\n")}`);
  console.log(
    `\nThen replace the example tool (apps/${kebab}/src/tools/items.tools.ts) and its emulator routes (tools/emulator/src/products/${kebab}); CONTRIBUTING.md says how.`,
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (!(error instanceof GenerateError)) throw error;
  console.error(`create-server: ${error.message}`);
  process.exitCode = 1;
}
