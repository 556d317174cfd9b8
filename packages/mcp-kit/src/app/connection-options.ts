/**
 * Connection options: switches a client sets in the server URL (`/mcp?readonly=true`), read
 * strictly. Users type these by hand into client configurations, in every spelling
 * (`readOnly=true`, `read_only`, `readonly=`, `readonly=y`); a typo must never give them more
 * power than they asked for:
 * - a **safety** option (read-only) is on unless every value given is a clear false
 *   (`false`, `0`, `no`, `off`); present with no value, or with any other value, it is on;
 * - a **switch** (say `codemode`) takes a clear true or false; anything else is an error;
 * - an option the server does not know is an error, never ignored.
 * Names match without regard to case, `_` or `-`, so `readOnly`, `read_only` and `read-only` are
 * all `readonly`.
 * @module
 */

/** How one option reads its values. */
export type ConnectionOptionDefinition =
  | {
      /** Fails closed: on unless clearly false. Off when absent. */
      kind: "safety";
      /** One sentence for error messages, e.g. "only GET requests reach the API". */
      description: string;
    }
  | {
      /** A plain on/off switch; an unclear value is an error. */
      kind: "switch";
      /** Value when the option is absent. */
      default: boolean;
      description: string;
    };

/** Options a server accepts, by canonical name (lower case, no `_` or `-`). */
export type ConnectionOptionsSchema = Readonly<Record<string, ConnectionOptionDefinition>>;

/** Parsed options: one boolean per declared option. */
export type ConnectionOptions<Schema extends ConnectionOptionsSchema> = {
  readonly [Name in keyof Schema]: boolean;
};

export type ConnectionOptionsResult<Schema extends ConnectionOptionsSchema> =
  | { ok: true; options: ConnectionOptions<Schema> }
  | {
      ok: false /** Written for the person who typed the URL: what is wrong and what to use. */;
      message: string;
    };

/** The read-only option every server that can write should accept. */
export const READ_ONLY_OPTION = {
  kind: "safety",
  description: "only read requests (GET) reach the Cloudflare API",
} as const satisfies ConnectionOptionDefinition;

/** The options of a server that declares none: every server accepts read-only. */
export const DEFAULT_CONNECTION_OPTIONS = {
  readonly: READ_ONLY_OPTION,
} as const satisfies ConnectionOptionsSchema;

const CLEAR_TRUE = new Set(["", "true", "1", "yes", "on"]);
const CLEAR_FALSE = new Set(["false", "0", "no", "off"]);

/** `readOnly`, `read_only`, `READ-ONLY` -> `readonly`. */
export function canonicalOptionName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, "");
}

/**
 * Reads the options of `url` (a URL, a `Request` or a string) against `schema`. Errors are values:
 * the caller turns `message` into its own response (a 400 before the MCP handler runs).
 */
export function parseConnectionOptions<Schema extends ConnectionOptionsSchema>(
  url: URL | Request | string,
  schema: Schema,
): ConnectionOptionsResult<Schema> {
  const params = toUrl(url).searchParams;
  const values = new Map<string, { spelled: string; values: string[] }>();
  const unknown: string[] = [];
  for (const [spelled, value] of params) {
    const name = canonicalOptionName(spelled);
    if (!Object.hasOwn(schema, name)) {
      unknown.push(spelled);
      continue;
    }
    const entry = values.get(name) ?? { spelled, values: [] };
    entry.values.push(value.trim().toLowerCase());
    values.set(name, entry);
  }
  if (unknown.length > 0) {
    return { ok: false, message: unknownMessage(unknown, schema) };
  }

  const options: Record<string, boolean> = {};
  for (const [name, definition] of Object.entries(schema)) {
    const given = values.get(name);
    if (definition.kind === "safety") {
      options[name] = given?.values.some((value) => !CLEAR_FALSE.has(value)) ?? false;
      continue;
    }
    if (given === undefined) {
      options[name] = definition.default;
      continue;
    }
    const read = new Set(given.values.map((value) => readSwitch(value)));
    if (read.has(undefined) || read.size > 1) {
      return {
        ok: false,
        message: `Connection option "${given.spelled}" must be true or false (got ${given.values.map((value) => JSON.stringify(value)).join(", ")}). It controls whether ${definition.description}.`,
      };
    }
    options[name] = [...read][0] === true;
  }
  return { ok: true, options: options as ConnectionOptions<Schema> };
}

function readSwitch(value: string): boolean | undefined {
  if (CLEAR_TRUE.has(value)) return true;
  if (CLEAR_FALSE.has(value)) return false;
  return undefined;
}

function unknownMessage(unknown: string[], schema: ConnectionOptionsSchema): string {
  const names = unknown.map((name) => `"${name}"`).join(", ");
  const known = Object.entries(schema)
    .map(([name, definition]) => `${name} (${definition.description})`)
    .join("; ");
  return `Unknown connection option ${names} in the server URL. ${known ? `This server accepts: ${known}.` : "This server accepts no options."} Remove or correct it and reconnect.`;
}

function toUrl(url: URL | Request | string): URL {
  if (url instanceof URL) return url;
  return new URL(typeof url === "string" ? url : url.url, "http://localhost");
}
