// The new server's name: what is allowed, and every spelling the templates need.

/**
 * Longest name accepted: Worker names may have 63 characters, and the longest one we derive is
 * `cloudflare-mcp-<name>-staging` (23 characters besides the name).
 */
export const MAX_NAME_LENGTH = 40;

/**
 * Names that would collide with something that exists or is planned: the planned Code Mode
 * server, the emulator and its identity module, the MCP route, and folder names of the repo.
 */
export const RESERVED_NAMES: readonly string[] = [
  "api",
  "emulator",
  "identity",
  "mcp",
  "cloudflare",
  "apps",
  "packages",
  "tools",
  "bench",
  "docs",
  "test",
  "node-modules",
];

const KEBAB_CASE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Every spelling of a product name that appears in generated files. */
export interface ProductNames {
  /** `demo-product`: folders, package name, emulator module name. */
  kebab: string;
  /** `demo_product`: tool names and SQL tables. */
  snake: string;
  /** `demoProduct`: identifiers. */
  camel: string;
  /** `DemoProduct`: type-like identifiers. */
  pascal: string;
  /** `DEMO_PRODUCT`: environment variables (`DEMO_PRODUCT_PORT`). */
  constant: string;
  /** `Demo Product`: titles, descriptions and the permission group. */
  title: string;
}

/** Why `name` cannot be a new server's name, or `undefined` when it can. */
export function nameProblem(name: string): string | undefined {
  if (name === "") return "give the server a name, e.g. `pnpm create-server demo-product`";
  if (!KEBAB_CASE.test(name)) {
    return `"${name}" is not kebab-case: use lowercase letters, digits and single hyphens, starting with a letter (e.g. "zero-trust")`;
  }
  if (name.length > MAX_NAME_LENGTH) {
    return `"${name}" has ${name.length} characters; at most ${MAX_NAME_LENGTH} fit in the Worker name cloudflare-mcp-<name>-staging`;
  }
  if (name.startsWith("cloudflare-") || name.startsWith("mcp-")) {
    return `"${name}" repeats a prefix the generator adds (the Worker is named cloudflare-mcp-<name>): drop it`;
  }
  if (RESERVED_NAMES.includes(name)) {
    return `"${name}" is reserved (${RESERVED_NAMES.join(", ")}); pick the product's name, e.g. "zero-trust"`;
  }
  return undefined;
}

/** All spellings of a kebab-case name. */
export function deriveNames(kebab: string): ProductNames {
  const words = kebab.split("-");
  const capitalized = words.map((word) => word[0]!.toUpperCase() + word.slice(1));
  return {
    kebab,
    snake: words.join("_"),
    camel: words[0] + capitalized.slice(1).join(""),
    pascal: capitalized.join(""),
    constant: words.join("_").toUpperCase(),
    title: capitalized.join(" "),
  };
}
