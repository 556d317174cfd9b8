/**
 * Turns what the user calls a Worker (its name, or its tag) into the script record the Builds
 * endpoints need, and explains misses with the closest names and Workers without Builds.
 */
import { type CallApi, ToolError } from "@repo/mcp-kit";
import { listScripts, listTriggers, type Script, type Trigger } from "./api";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveWorker(api: CallApi, worker: string): Promise<Script> {
  const scripts = await listScripts(api);
  const wanted = worker.trim();
  const found =
    scripts.find((script) => script.id === wanted) ??
    scripts.find((script) => script.tag === wanted.toLowerCase()) ??
    scripts.find((script) => script.id.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  const close = closeNames(
    wanted,
    scripts.map((script) => script.id),
  );
  const known = scripts.map((script) => script.id);
  const suggestion =
    close.length > 0
      ? `Did you mean ${close.map((name) => `"${name}"`).join(" or ")}?`
      : known.length > 0
        ? `Workers in this account: ${known.slice(0, 20).join(", ")}.`
        : "This account has no Workers.";
  throw new ToolError(`No Worker named "${wanted}" in this account. ${suggestion}`, {
    hint: "Call workers_builds_workers_list for the exact names, and check account_id.",
  });
}

/** The Worker's Builds triggers; a Worker with none has no Git repository connected. */
export async function requireTriggers(api: CallApi, script: Script): Promise<Trigger[]> {
  const triggers = await listTriggers(api, script.tag);
  if (triggers.length === 0) throw notConnected(script.id);
  return triggers;
}

export function notConnected(name: string): ToolError {
  return new ToolError(
    `Worker "${name}" does not have Workers Builds connected: it has no build triggers, so it has no builds.`,
    {
      hint: `Connect a Git repository in the dashboard (Workers & Pages > ${name} > Settings > Build > Connect), or deploy with \`wrangler deploy\` from CI. Builds then appear in workers_builds_builds_list.`,
    },
  );
}

export const NOT_CONNECTED_NOTE =
  "No Workers Builds connected (no Git repository): deployments of this Worker come from wrangler or the dashboard. Connect one under Workers & Pages > Worker > Settings > Build.";

/** Checks a build UUID before any API call, so a typo gets a precise answer. */
export function requireBuildUuid(value: string): string {
  const trimmed = value.trim();
  if (!UUID.test(trimmed)) {
    throw new ToolError(
      `"${value}" is not a build UUID. Build UUIDs look like 8f3b2c1d-4e5f-4a6b-9c7d-8e9f0a1b2c3d.`,
      {
        hint: "Call workers_builds_builds_list with the Worker's name to get the build_uuid of each build.",
      },
    );
  }
  return trimmed.toLowerCase();
}

/** Names within a small edit distance, or containing / contained in the query. */
export function closeNames(query: string, names: string[]): string[] {
  const needle = query.toLowerCase();
  const scored = names
    .map((name) => ({ name, distance: editDistance(needle, name.toLowerCase()) }))
    .filter(
      ({ name, distance }) =>
        distance <= Math.max(2, Math.floor(needle.length / 3)) ||
        name.toLowerCase().includes(needle) ||
        needle.includes(name.toLowerCase()),
    )
    .sort((a, b) => a.distance - b.distance);
  return scored.slice(0, 3).map(({ name }) => name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}
