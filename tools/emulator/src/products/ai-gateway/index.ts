/**
 * AI Gateway product: an account's gateways and their request logs
 * (`/accounts/:account_id/ai-gateway/...`), read-only. Every route needs `AI Gateway Read`
 * (the spec's token groups are "AI Gateway Read" and "AI Gateway Write"; an Edit/Write grant
 * implies Read in `auth.ts`).
 */
import type { Product, Route } from "../../product";
import { getGateway, listGateways } from "./gateways";
import { getLog, getLogRequest, getLogResponse, listLogs } from "./logs";
import { AI_GATEWAY_SCHEMA, AI_GATEWAY_TABLES, seedAiGateway } from "./schema";

export const AI_GATEWAY_READ = "AI Gateway Read";

const GATEWAYS = "/accounts/:account_id/ai-gateway/gateways";
const LOGS = `${GATEWAYS}/:gateway_id/logs`;
const read = AI_GATEWAY_READ;

const ROUTES: readonly Route[] = [
  { method: "GET", path: GATEWAYS, permission: read, handler: listGateways },
  { method: "GET", path: `${GATEWAYS}/:id`, permission: read, handler: getGateway },
  { method: "GET", path: LOGS, permission: read, handler: listLogs },
  { method: "GET", path: `${LOGS}/:id`, permission: read, handler: getLog },
  { method: "GET", path: `${LOGS}/:id/request`, permission: read, handler: getLogRequest },
  { method: "GET", path: `${LOGS}/:id/response`, permission: read, handler: getLogResponse },
];

export const aiGatewayProduct: Product = {
  name: "ai-gateway",
  schema: AI_GATEWAY_SCHEMA,
  tables: AI_GATEWAY_TABLES,
  seed: seedAiGateway,
  routes: ROUTES,
};
