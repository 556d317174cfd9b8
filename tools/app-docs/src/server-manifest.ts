/**
 * The app's MCP registry manifest (`apps/<app>/server.json`), schema 2025-12-11
 * (https://github.com/modelcontextprotocol/registry, docs/reference/server-json). Everything in it
 * comes from the code: name and version from package.json, title from the server's `initialize`
 * answer, the Worker name from wrangler.jsonc, the tools from tools/list.
 */
import type { AppInfo } from "./app-info.ts";
import type { ToolSummary } from "./tool-summary.ts";

export const SERVER_SCHEMA_URL =
  "https://static.modelcontextprotocol.io/schemas/2025-12-11/server.schema.json";
/**
 * Registry namespace: `io.github.<owner>` is what the registry lets a GitHub owner publish
 * under. A fork that publishes its own deployment changes this one constant.
 */
export const REGISTRY_NAMESPACE = "io.github.cloudflare";
/** Server names are `<namespace>/cloudflare-<app>`, like the servers' own `serverInfo.name`. */
const NAME_PREFIX = "cloudflare-";
/** The schema's limit for `description`. */
export const MAX_DESCRIPTION_LENGTH = 100;
/** `_meta` key the schema reserves for publisher data; the tool list goes there. */
export const PUBLISHER_META_KEY = "io.modelcontextprotocol.registry/publisher-provided";
/**
 * KV binding of an app that can offer OAuth sign-in (the OAuth provider's grant store). OAuth is
 * then on once the operator sets its secrets too, so the token header becomes optional.
 */
const OAUTH_KV_BINDING = "OAUTH_KV";

export interface ManifestInput {
  info: AppInfo;
  /** `serverInfo.title` from initialize. */
  title: string | undefined;
  tools: readonly ToolSummary[];
}

export interface ServerManifest {
  $schema: string;
  name: string;
  title?: string;
  description: string;
  version: string;
  remotes: RemoteTransport[];
  _meta: Record<string, PublisherMeta>;
}

interface RemoteTransport {
  type: "streamable-http";
  url: string;
  variables: Record<string, { description: string; isRequired: boolean; placeholder: string }>;
  headers: { name: string; description: string; isRequired: boolean; isSecret: boolean }[];
}

interface PublisherMeta {
  toolCount: number;
  tools: { name: string; readOnly: boolean; permission?: string }[];
}

export function buildServerManifest({ info, title, tools }: ManifestInput): ServerManifest {
  if (info.description.length > MAX_DESCRIPTION_LENGTH) {
    throw new Error(
      `apps/${info.app}/package.json "description" has ${info.description.length} characters; the MCP registry allows ${MAX_DESCRIPTION_LENGTH}: shorten it`,
    );
  }
  const oauth = info.productionKvBindings.includes(OAUTH_KV_BINDING);
  // A tool may need several permissions ("Workers Builds Configuration Read and Workers Scripts
  // Read"); the header names each one once.
  const permissions = [
    ...new Set(tools.flatMap((tool) => tool.permission?.split(/\s*(?:,|\band\b)\s*/) ?? [])),
  ].filter((permission) => permission.length > 0);
  const tokenNeeds = permissions.length > 0 ? ` with ${permissions.join(", ")}` : "";
  return {
    $schema: SERVER_SCHEMA_URL,
    name: `${REGISTRY_NAMESPACE}/${NAME_PREFIX}${info.app}`,
    ...(title ? { title } : {}),
    description: info.description,
    version: info.version,
    remotes: [
      {
        type: "streamable-http",
        url: "https://{host}/mcp",
        variables: {
          host: {
            description:
              "Host of your deployment of this Worker: its workers.dev host or the custom domain you routed to it.",
            isRequired: true,
            placeholder: `${info.productionWorkerName}.<your-subdomain>.workers.dev`,
          },
        },
        headers: [
          {
            name: "Authorization",
            description: oauth
              ? `Bearer <Cloudflare API token>${tokenNeeds}. Where the deployment has OAuth set up, leave it out to sign in with your Cloudflare account instead.`
              : `Bearer <Cloudflare API token>${tokenNeeds}.`,
            isRequired: !oauth,
            isSecret: true,
          },
        ],
      },
    ],
    _meta: {
      [PUBLISHER_META_KEY]: {
        toolCount: tools.length,
        tools: tools.map((tool) => ({
          name: tool.name,
          readOnly: tool.readOnly,
          ...(tool.permission ? { permission: tool.permission } : {}),
        })),
      },
    },
  };
}

/**
 * JSON as Biome formats it: objects always expanded, and no arrays of plain values (Biome would
 * pull those onto one line when they fit).
 */
export function serializeManifest(manifest: ServerManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
