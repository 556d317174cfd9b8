/**
 * Turns the log-list query of `aig-config-list-gateway-logs` into SQL. Supports the spec's
 * flat filters (`start_date`, `end_date`, `success`, `cached`, `feedback`, `model`, `model_type`,
 * `provider`, content types, `min_*`/`max_*` bounds), `search` (free text over metadata, as the
 * spec describes it) and `filters`. The spec types `filters` as an array of
 * `{ key, operator, value[] }` without saying how it is put in a query string; the emulator reads
 * it as one JSON-encoded array (`filters=[{"key":"model","operator":"eq","value":["x"]}]`).
 * Every column name and direction placed in SQL comes from a closed list, never from the request.
 */
import { AI_GATEWAY_LOG_ORDERS } from "@repo/cloudflare-api/enums";
import { invalidInput } from "./errors";
import {
  readBoolParam,
  readDateParam,
  readEnumParam,
  readIntParam,
  readNumberParam,
} from "./params";

/** The list endpoint's `order_by` keys. */
export type LogOrder = (typeof AI_GATEWAY_LOG_ORDERS)[number];

const TOKENS = "(COALESCE(tokens_in, 0) + COALESCE(tokens_out, 0))";

/** `filters[].key` values the emulator stores; the spec's other keys answer 400. */
const FILTER_COLUMNS: Record<string, string> = {
  id: "id",
  created_at: "created_at",
  request_content_type: "request_content_type",
  response_content_type: "response_content_type",
  request_type: "request_type",
  success: "success",
  cached: "cached",
  provider: "provider",
  model: "model",
  model_type: "model_type",
  cost: "cost",
  tokens: TOKENS,
  tokens_in: "tokens_in",
  tokens_out: "tokens_out",
  duration: "duration",
  feedback: "feedback",
};

type Binding = string | number | null;

export interface LogQuery {
  readonly where: string;
  readonly bindings: Binding[];
  readonly order: LogOrder;
  readonly direction: "asc" | "desc";
  readonly page: number;
  readonly perPage: number;
  readonly metaInfo: boolean;
}

export function readLogQuery(url: URL, accountId: string, gatewayId: string): LogQuery {
  const where = ["account_id = ?", "gateway_id = ?"];
  const bindings: Binding[] = [accountId, gatewayId];
  const add = (clause: string, ...values: Binding[]) => {
    where.push(clause);
    bindings.push(...values);
  };

  const start = readDateParam(url, "start_date");
  const end = readDateParam(url, "end_date");
  if (start && end && end < start) throw invalidInput("end_date must not be before start_date");
  if (start) add("created_at >= ?", start);
  if (end) add("created_at <= ?", end);
  for (const name of ["success", "cached"] as const) {
    const value = readBoolParam(url, name);
    if (value !== null) add(`${name} = ?`, value ? 1 : 0);
  }
  const feedback = url.searchParams.get("feedback");
  if (feedback !== null) {
    if (!["-1", "0", "1"].includes(feedback)) throw invalidInput("feedback must be -1, 0 or 1");
    add("feedback = ?", Number(feedback));
  }
  for (const name of [
    "model",
    "model_type",
    "provider",
    "request_content_type",
    "response_content_type",
  ] as const) {
    const value = url.searchParams.get(name);
    if (value !== null) add(`${name} = ?`, value);
  }
  const bounds: Record<string, string> = {
    cost: "cost",
    tokens_in: "tokens_in",
    tokens_out: "tokens_out",
    total_tokens: TOKENS,
    duration: "duration",
  };
  for (const [name, column] of Object.entries(bounds)) {
    const min = readNumberParam(url, `min_${name}`);
    const max = readNumberParam(url, `max_${name}`);
    if (min !== null) add(`${column} >= ?`, min);
    if (max !== null) add(`${column} <= ?`, max);
  }
  const search = url.searchParams.get("search");
  if (search) add("instr(lower(metadata), lower(?)) > 0", search);
  for (const filter of readFilters(url)) add(filter.clause, ...filter.bindings);

  const direction =
    url.searchParams.get("order_by_direction") === null && url.searchParams.has("direction")
      ? readEnumParam(url, "direction", ["asc", "desc"], "desc")
      : readEnumParam(url, "order_by_direction", ["asc", "desc"], "desc");
  return {
    where: where.join(" AND "),
    bindings,
    order: readEnumParam(url, "order_by", AI_GATEWAY_LOG_ORDERS, "created_at"),
    direction,
    page: readIntParam(url, "page", { min: 1, fallback: 1 }),
    perPage: readIntParam(url, "per_page", { min: 1, max: 50, fallback: 20 }),
    metaInfo: readBoolParam(url, "meta_info") ?? false,
  };
}

interface SqlFilter {
  clause: string;
  bindings: Binding[];
}

function readFilters(url: URL): SqlFilter[] {
  const raw = url.searchParams.get("filters");
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidInput("filters must be a JSON array of {key, operator, value}");
  }
  if (!Array.isArray(parsed)) throw invalidInput("filters must be an array");
  return parsed.map(toSqlFilter);
}

function toSqlFilter(item: unknown): SqlFilter {
  const { key, operator, value } = (item ?? {}) as Record<string, unknown>;
  if (typeof key !== "string" || !Array.isArray(value) || value.length === 0) {
    throw invalidInput("each filter needs key, operator and a non-empty value array");
  }
  const values = value.map((v): Binding => (typeof v === "boolean" ? (v ? 1 : 0) : (v as Binding)));
  if (key === "metadata.key" || key === "metadata.value") {
    return metadataFilter(key, String(operator), values);
  }
  const column = FILTER_COLUMNS[key];
  if (column === undefined) throw invalidInput(`filter key ${key} is not supported`);
  const marks = values.map(() => "?").join(", ");
  switch (operator) {
    case "eq":
      return { clause: `${column} IN (${marks})`, bindings: values };
    case "neq":
      return { clause: `${column} NOT IN (${marks})`, bindings: values };
    case "contains":
      return {
        clause: `(${values.map(() => `instr(lower(${column}), lower(?)) > 0`).join(" OR ")})`,
        bindings: values,
      };
    case "lt":
      return { clause: `${column} < ?`, bindings: [values[0]!] };
    case "gt":
      return { clause: `${column} > ?`, bindings: [values[0]!] };
    default:
      throw invalidInput("filter operator must be eq, neq, contains, lt or gt");
  }
}

/** Metadata is a JSON object: match any of its keys (or values) against the filter. */
function metadataFilter(key: string, operator: string, values: Binding[]): SqlFilter {
  const field = key === "metadata.key" ? "key" : "value";
  const marks = values.map(() => "?").join(", ");
  const test =
    operator === "contains"
      ? values.map(() => `instr(lower(${field}), lower(?)) > 0`).join(" OR ")
      : operator === "eq" || operator === "neq"
        ? `${field} IN (${marks})`
        : null;
  if (test === null) throw invalidInput("metadata filters take eq, neq or contains");
  const exists = `EXISTS (SELECT 1 FROM json_each(metadata) WHERE ${test})`;
  return { clause: operator === "neq" ? `NOT ${exists}` : exists, bindings: values };
}
