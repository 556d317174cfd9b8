/**
 * AI Gateway tables and seeding: gateways (settings kept as the API's JSON object) and gateway
 * logs, one row per proxied request with its request and response bodies as JSON text.
 */
import type { Db } from "../../db";
import { GATEWAYS, generateAiGatewayLogs } from "../../seed/ai-gateway";

export const AI_GATEWAY_TABLES = ["ai_gateway_gateways", "ai_gateway_logs"] as const;

export const AI_GATEWAY_SCHEMA = [
  `CREATE TABLE IF NOT EXISTS ai_gateway_gateways (
    account_id TEXT NOT NULL,
    id TEXT NOT NULL,
    config TEXT NOT NULL,
    PRIMARY KEY (account_id, id)
  )`,
  `CREATE TABLE IF NOT EXISTS ai_gateway_logs (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    gateway_id TEXT NOT NULL,
    created_at TEXT NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    model_type TEXT NOT NULL,
    path TEXT NOT NULL,
    request_type TEXT NOT NULL,
    request_content_type TEXT NOT NULL,
    response_content_type TEXT NOT NULL,
    status_code INTEGER NOT NULL,
    success INTEGER NOT NULL,
    cached INTEGER NOT NULL,
    duration INTEGER NOT NULL,
    tokens_in INTEGER,
    tokens_out INTEGER,
    cost REAL NOT NULL,
    feedback INTEGER NOT NULL,
    metadata TEXT NOT NULL,
    step INTEGER NOT NULL DEFAULT 0,
    request_body TEXT NOT NULL,
    response_body TEXT NOT NULL
  )`,
  "CREATE INDEX IF NOT EXISTS ai_gateway_logs_gateway ON ai_gateway_logs (account_id, gateway_id, created_at)",
] as const;

export function seedAiGateway(db: Db): void {
  for (const gateway of GATEWAYS) {
    db.sql.exec(
      "INSERT INTO ai_gateway_gateways (account_id, id, config) VALUES (?, ?, ?)",
      gateway.accountId,
      String(gateway.config.id),
      JSON.stringify(gateway.config),
    );
  }
  for (const log of generateAiGatewayLogs()) {
    db.sql.exec(
      `INSERT INTO ai_gateway_logs (id, account_id, gateway_id, created_at, provider, model,
        model_type, path, request_type, request_content_type, response_content_type, status_code,
        success, cached, duration, tokens_in, tokens_out, cost, feedback, metadata, step, request_body,
        response_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      log.id,
      log.accountId,
      log.gateway_id,
      log.created_at,
      log.provider,
      log.model,
      log.model_type,
      log.path,
      log.request_type,
      log.request_content_type,
      log.response_content_type,
      log.status_code,
      log.success ? 1 : 0,
      log.cached ? 1 : 0,
      log.duration,
      log.tokens_in,
      log.tokens_out,
      log.cost,
      log.feedback,
      log.metadata,
      log.step,
      JSON.stringify(log.request_body),
      JSON.stringify(log.response_body),
    );
  }
}
