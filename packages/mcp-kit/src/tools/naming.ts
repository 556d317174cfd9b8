/**
 * The tool-naming rule, checked when a server registers its tools:
 *
 *   <server>_<noun>_<verb>     e.g. secrets_store_secrets_list, workers_builds_build_logs_get
 *
 * - `<server>` is the server's prefix (its name in snake_case), so tools of several servers in one
 *   client never clash.
 * - `<noun>` is what the tool acts on, in snake_case, named as the API names the collection
 *   (plural: `secrets`, `builds`); a thing that exists once keeps its singular (`quota`, `usage`).
 *   One server never uses both `secret` and `secrets`: one noun per resource.
 * - `<verb>` is one of {@link TOOL_VERBS}; adding a verb is a deliberate change here.
 *
 * The kit's own tools, the same in every server, are the exception: {@link KIT_TOOL_NAMES}.
 */

export const TOOL_VERBS = [
  "list",
  "get",
  "create",
  "update",
  "delete",
  "duplicate",
  "rotate",
  "search",
  "analyze",
  "diagnose",
  "trigger",
] as const;

/** Tools the kit registers in every server, named once for all of them. */
export const KIT_TOOL_NAMES: ReadonlySet<string> = new Set([
  "accounts_list",
  "set_active_account",
  "docs",
]);

const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** The prefix of a server's tools: `secrets-store` -> `secrets_store`. */
export function toolPrefixOf(serverName: string): string {
  return serverName.toLowerCase().replace(/[^a-z0-9]+/g, "_");
}

export class ToolNameError extends Error {
  override readonly name = "ToolNameError";
}

/** The noun of `name`; @throws ToolNameError when `name` breaks the rule. */
export function checkToolName(name: string, prefix: string): string {
  if (KIT_TOOL_NAMES.has(name)) return name;
  const rule = `Tool names are <server>_<noun>_<verb> in snake_case, e.g. ${prefix}_items_list, with a verb from: ${TOOL_VERBS.join(", ")}.`;
  if (!SNAKE.test(name)) throw new ToolNameError(`"${name}" is not snake_case. ${rule}`);
  if (!name.startsWith(`${prefix}_`)) {
    throw new ToolNameError(
      `"${name}" does not start with this server's prefix "${prefix}_". ${rule}`,
    );
  }
  const rest = name.slice(prefix.length + 1);
  const cut = rest.lastIndexOf("_");
  const verb = rest.slice(cut + 1);
  const noun = cut > 0 ? rest.slice(0, cut) : "";
  if (!(TOOL_VERBS as readonly string[]).includes(verb)) {
    throw new ToolNameError(`"${name}" does not end in a known verb ("${verb}"). ${rule}`);
  }
  if (noun === "")
    throw new ToolNameError(`"${name}" has no noun between prefix and verb. ${rule}`);
  return noun;
}

/**
 * Checks every name of one server's tool set and that it uses one noun per resource.
 * @throws ToolNameError naming the first offending tool.
 */
export function checkToolNames(names: readonly string[], prefix: string): void {
  const nouns = new Map<string, string>();
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) throw new ToolNameError(`Tool "${name}" is registered twice.`);
    seen.add(name);
    if (KIT_TOOL_NAMES.has(name)) continue;
    nouns.set(checkToolName(name, prefix), name);
  }
  for (const [noun, name] of nouns) {
    for (const plural of [`${noun}s`, `${noun}es`]) {
      const other = nouns.get(plural);
      if (other) {
        throw new ToolNameError(
          `"${name}" and "${other}" name one resource twice ("${noun}" and "${plural}"): use the plural, as the API path does.`,
        );
      }
    }
  }
}
