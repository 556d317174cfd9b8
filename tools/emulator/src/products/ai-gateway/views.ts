/**
 * Log rows as the API returns them: the list item of `aig-config-list-gateway-logs` and the
 * detail of `aig-config-get-gateway-log-detail` (which adds request/response heads and sizes).
 * `feedback` is not in the spec's response schemas; the emulator includes it because the list
 * filters and orders by it and PATCH sets it, so a client can see the value it filters on.
 */

export const LOG_COLUMNS =
  "id, created_at, provider, model, model_type, path, request_type, request_content_type, response_content_type, status_code, success, cached, duration, tokens_in, tokens_out, cost, feedback, metadata, step";

export type LogRow = {
  id: string;
  created_at: string;
  provider: string;
  model: string;
  model_type: string;
  path: string;
  request_type: string;
  request_content_type: string;
  response_content_type: string;
  status_code: number;
  success: number;
  cached: number;
  duration: number;
  tokens_in: number | null;
  tokens_out: number | null;
  cost: number;
  feedback: number;
  metadata: string;
  step: number;
};

export type LogBodies = {
  request_body: string;
  response_body: string;
};

export function logView(row: LogRow): Record<string, unknown> {
  return {
    id: row.id,
    created_at: row.created_at,
    provider: row.provider,
    model: row.model,
    model_type: row.model_type,
    path: row.path,
    request_type: row.request_type,
    request_content_type: row.request_content_type,
    response_content_type: row.response_content_type,
    status_code: row.status_code,
    success: row.success === 1,
    cached: row.cached === 1,
    duration: row.duration,
    tokens_in: row.tokens_in,
    tokens_out: row.tokens_out,
    cost: row.cost,
    custom_cost: false,
    step: row.step,
    feedback: row.feedback,
    metadata: row.metadata,
  };
}

export function logDetailView(row: LogRow & LogBodies): Record<string, unknown> {
  const requestHead = `content-type: ${row.request_content_type}\nuser-agent: acme-app/2.3`;
  const responseHead = `content-type: ${row.response_content_type}\ncf-aig-cache-status: ${row.cached === 1 ? "HIT" : "MISS"}`;
  return {
    ...logView(row),
    request_head: requestHead,
    request_head_complete: true,
    request_size: new TextEncoder().encode(row.request_body).length,
    response_head: responseHead,
    response_head_complete: true,
    response_size: new TextEncoder().encode(row.response_body).length,
  };
}
