/**
 * Shapes of the processed spec: what an agent reads about each Cloudflare API operation.
 * Everything here is plain JSON (no classes, no functions, no `undefined` that matters), so a
 * processed spec survives `JSON.stringify` / `JSON.parse` unchanged.
 * @module
 */

/** Any JSON value. Schemas are kept as JSON because agents read them, they are never validated. */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };

/** A JSON object (a schema, a parameter, a whole document). */
export type JsonObject = { [key: string]: JsonValue };

/** HTTP methods an OpenAPI path item may hold, in the lower case OpenAPI uses as keys. */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** A lower-case OpenAPI method key, e.g. `"post"`. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/**
 * A schema after processing: `$ref`s are inlined, examples and vendor extensions are gone, and
 * markers stand in for what was cut:
 * - `{ "$circular": "#/components/schemas/X" }` where X contains itself (a true cycle);
 * - `{ "$truncated": "depth", type?, description? }` below the depth cap (or the depth the node
 *   budget allowed), `"$truncated": "size"` for a schema too wide to show even its root;
 * - `"$enumTotal": n` beside an `enum` that kept only its first values;
 * - `{ "$unresolved": "<ref>" }` for a `$ref` that points outside the document or nowhere.
 */
export type Schema = JsonValue;

/** One operation parameter (path, query, header or cookie). */
export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: Schema;
}

/** The request body: one schema per content type (`application/json`, `multipart/form-data`, ...). */
export interface RequestBody {
  required: boolean;
  description?: string;
  content: Record<string, { schema?: Schema }>;
}

/** One response. Only success (2xx) responses keep their content; errors keep a description. */
export interface ResponseSummary {
  description?: string;
  content?: Record<string, { schema?: Schema }>;
}

/** Cloudflare's `x-cfDeprecation` notice, when the operation carries one. */
export interface DeprecationNotice {
  id?: string;
  description?: string;
  /** End of life date as the spec writes it (`YYYY-MM-DD`). */
  eol?: string;
}

/** Everything an agent needs to call one endpoint. */
export interface Operation {
  /** Upper-case HTTP method, as sent on the wire: `"POST"`. */
  method: Uppercase<HttpMethod>;
  /** Path template relative to the API base: `/zones/{zone_id}/dns_records`. */
  path: string;
  operationId?: string;
  summary?: string;
  description?: string;
  tags: string[];
  /** Product key derived from the path (`secrets_store`, `dns_records`, `workers`). */
  product: string;
  parameters: Parameter[];
  requestBody?: RequestBody;
  /** By status code as the spec writes it: `"200"`, `"2XX"`, `"4XX"`, `"default"`. */
  responses: Record<string, ResponseSummary>;
  /** Required permissions (`x-cfPermissionsRequired`) and API token groups (`x-api-token-group`). */
  permissions?: string[];
  deprecated?: boolean;
  deprecation?: DeprecationNotice;
  /** Ids of errata (see `ERRATA`) that corrected this operation. */
  errata?: string[];
}

/** Where the processed spec came from and when it was made. */
export interface ProcessedSpecInfo {
  title: string;
  version: string;
  /** A URL or a file path; never a credential. */
  source: string;
  /** ISO 8601 time of processing. */
  processedAt: string;
}

/**
 * The processed spec in memory. `paths` and `operations` hold the same objects: `paths` for
 * lookups by path and method (keys as OpenAPI writes them, lower-case methods), `operations` for
 * scans in a stable order. Store it with `serializeProcessedSpec`, which writes each operation once.
 */
export interface ProcessedSpec {
  info: ProcessedSpecInfo;
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  operations: Operation[];
  /** Sorted, distinct product keys. */
  products: string[];
}
