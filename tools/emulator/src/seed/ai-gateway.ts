/**
 * AI Gateway demo data: five gateways of Acme Corp and a month of gateway logs produced by a
 * pure, seeded generator, plus one hand-written log per provider format on `assistants`
 * (ai-gateway-providers.ts). `batch-jobs` has logging off and no rate limit. No Worker imports
 * and no `Math.random`, so tests in any package can call {@link generateAiGatewayLogs} and
 * compute the answers the emulator must give.
 * The traffic covers 2026-10-15T00:00Z up to (not including) 2026-11-14T00:00Z.
 */

import {
  type Conversation,
  completionFor,
  errorBody,
  requestBodyFor,
  responseBodyFor,
  summarizationConversation,
  supportConversation,
  toolsConversation,
} from "../products/ai-gateway/seed-content";
import { PROVIDER_SAMPLES } from "./ai-gateway-providers";
import { ACME_ACCOUNT } from "./identities";

export const AI_GATEWAY_WINDOW_START = "2026-10-15T00:00:00.000Z";
export const AI_GATEWAY_WINDOW_END = "2026-11-14T00:00:00.000Z";
export const AI_GATEWAY_SEED = 20_261_015;
const DAYS = 30;

export interface SeedGateway {
  readonly accountId: string;
  /** Settings in the API's field names (`aig-config-fetch-gateway`). */
  readonly config: Readonly<Record<string, unknown>>;
}

function gateway(id: string, created: string, settings: Record<string, unknown>): SeedGateway {
  return {
    accountId: ACME_ACCOUNT.id,
    config: {
      id,
      created_at: created,
      modified_at: created,
      collect_logs: true,
      cache_ttl: null,
      cache_invalidate_on_update: false,
      rate_limiting_interval: null,
      rate_limiting_limit: null,
      rate_limiting_technique: null,
      authentication: false,
      log_management: null,
      log_management_strategy: null,
      logpush: false,
      is_default: false,
      zdr: false,
      workers_ai_billing_mode: "postpaid",
      ...settings,
    },
  };
}

export const SUPPORT_GATEWAY = gateway("support-bot", "2026-03-02T10:12:00.000Z", {
  cache_ttl: 300,
  rate_limiting_interval: 60,
  rate_limiting_limit: 120,
  rate_limiting_technique: "sliding",
  authentication: true,
  retry_max_attempts: 3,
  retry_delay: 500,
  retry_backoff: "exponential",
});
export const DOCS_GATEWAY = gateway("docs-summarizer", "2026-05-19T08:40:00.000Z", {
  cache_ttl: 3600,
  cache_invalidate_on_update: true,
  log_management: 100_000,
  log_management_strategy: "DELETE_OLDEST",
});
export const TOOLS_GATEWAY = gateway("internal-tools", "2026-08-27T15:05:00.000Z", {
  is_default: true,
  rate_limiting_interval: 10,
  rate_limiting_limit: 20,
  rate_limiting_technique: "fixed",
});
/** Provider-format samples; no rate limit, written as the live API writes "none" (0, 0, fixed). */
export const ASSISTANTS_GATEWAY = gateway("assistants", "2026-09-30T12:00:00.000Z", {
  rate_limiting_interval: 0,
  rate_limiting_limit: 0,
  rate_limiting_technique: "fixed",
});
/** Logging off: the logs list is always empty here. */
export const BATCH_GATEWAY = gateway("batch-jobs", "2026-10-01T06:30:00.000Z", {
  collect_logs: false,
  rate_limiting_interval: 0,
  rate_limiting_limit: 0,
  rate_limiting_technique: "fixed",
});
export const GATEWAYS: readonly SeedGateway[] = [
  SUPPORT_GATEWAY,
  DOCS_GATEWAY,
  TOOLS_GATEWAY,
  ASSISTANTS_GATEWAY,
  BATCH_GATEWAY,
];

export const MODELS = {
  gpt: { provider: "openai", model: "gpt-4o-mini", type: "chat", path: "chat/completions" },
  claude: { provider: "anthropic", model: "claude-sonnet-4-5", type: "chat", path: "v1/messages" },
  llama: {
    provider: "workers-ai",
    model: "@cf/meta/llama-3.1-8b-instruct",
    type: "chat",
    path: "@cf/meta/llama-3.1-8b-instruct",
  },
  bart: {
    provider: "workers-ai",
    model: "@cf/facebook/bart-large-cnn",
    type: "summarization",
    path: "@cf/facebook/bart-large-cnn",
  },
} as const;
export type ModelKey = keyof typeof MODELS;

/** USD per million tokens (input, output); cached answers cost nothing. */
const PRICES: Record<ModelKey, readonly [number, number]> = {
  gpt: [0.15, 0.6],
  claude: [3, 15],
  llama: [0.28, 0.83],
  bart: [0.1, 0.1],
};
/** Typical latency range in ms of an answered (not cached) request. */
const LATENCY: Record<ModelKey, readonly [number, number]> = {
  gpt: [350, 2400],
  claude: [700, 4200],
  llama: [180, 1500],
  bart: [120, 900],
};

interface Traffic {
  readonly gateway: SeedGateway;
  readonly share: number;
  readonly models: readonly (readonly [ModelKey, number])[];
  readonly feature: string;
  readonly conversation: (rand: () => number) => Conversation;
}
const TRAFFIC: readonly Traffic[] = [
  {
    gateway: SUPPORT_GATEWAY,
    share: 0.45,
    models: [
      ["gpt", 0.6],
      ["claude", 0.4],
    ],
    feature: "support-chat",
    conversation: supportConversation,
  },
  {
    gateway: DOCS_GATEWAY,
    share: 0.35,
    models: [
      ["bart", 0.45],
      ["llama", 0.3],
      ["gpt", 0.25],
    ],
    feature: "summarization",
    conversation: summarizationConversation,
  },
  {
    gateway: TOOLS_GATEWAY,
    share: 0.2,
    models: [
      ["llama", 0.5],
      ["gpt", 0.3],
      ["claude", 0.2],
    ],
    feature: "internal-assistant",
    conversation: toolsConversation,
  },
];

/** One log as stored by the emulator, plus the plain prompt/answer texts tests compare with. */
export interface SeedLog {
  readonly id: string;
  readonly accountId: string;
  readonly gateway_id: string;
  readonly created_at: string;
  readonly provider: string;
  readonly model: string;
  readonly model_type: string;
  readonly path: string;
  readonly request_type: string;
  readonly request_content_type: string;
  readonly response_content_type: string;
  readonly status_code: number;
  readonly success: boolean;
  readonly cached: boolean;
  readonly duration: number;
  readonly tokens_in: number | null;
  readonly tokens_out: number | null;
  readonly cost: number;
  readonly feedback: -1 | 0 | 1;
  /** JSON text, as the API returns it. */
  readonly metadata: string;
  /** Which universal-endpoint entry answered (0 otherwise). */
  readonly step: number;
  readonly request_body: unknown;
  readonly response_body: unknown;
  /** The user's text (last user message or summarised input). */
  readonly prompt: string;
  /** The system prompt, `null` when the request has none. */
  readonly system: string | null;
  /** The model's answer, `null` for failed requests. */
  readonly completion: string | null;
}

/** Mulberry32: small, fast, and the same sequence on every runtime. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** ULID-shaped id (time prefix + randomness), the form gateway log ids take. */
function logId(ms: number, rand: () => number): string {
  let time = "";
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    time = ULID_ALPHABET[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  let tail = "";
  for (let i = 0; i < 16; i++) tail += ULID_ALPHABET[Math.floor(rand() * 32)];
  return time + tail;
}

function pick<T>(choices: readonly (readonly [T, number])[], rand: () => number): T {
  let roll = rand();
  for (const [value, weight] of choices) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return choices[choices.length - 1]![0];
}

/** Busier during European and American working hours. */
const HOUR_WEIGHTS = [2, 1, 1, 1, 1, 2, 3, 5, 8, 10, 10, 9, 8, 9, 10, 10, 9, 8, 6, 5, 4, 3, 3, 2];
const HOURS = HOUR_WEIGHTS.map((weight, hour) => [hour, weight / 130] as const);

/** Every seeded log, oldest first. Pure: the same array (by value) on every call. */
export function generateAiGatewayLogs(): SeedLog[] {
  const rand = seededRandom(AI_GATEWAY_SEED);
  const start = Date.parse(AI_GATEWAY_WINDOW_START);
  const logs: SeedLog[] = [];
  for (let day = 0; day < DAYS; day++) {
    const count = 45 + Math.floor(rand() * 25);
    for (let i = 0; i < count; i++) {
      const hour = pick(HOURS, rand);
      const ms = start + day * 86_400_000 + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
      logs.push(makeLog(ms, rand));
    }
  }
  logs.push(...providerLogs());
  return logs.sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id));
}

function makeLog(ms: number, rand: () => number): SeedLog {
  const traffic = pick(
    TRAFFIC.map((t) => [t, t.share] as const),
    rand,
  );
  const key = pick(traffic.models, rand);
  const model = MODELS[key];
  const conversation = traffic.conversation(rand);
  const outcome = rand();
  const status = outcome < 0.04 ? 429 : outcome < 0.055 ? 500 : 200;
  const success = status === 200;
  const cacheTtl = traffic.gateway.config.cache_ttl;
  const cached = success && cacheTtl !== null && rand() < 0.12;
  const [low, high] = LATENCY[key];
  const duration = cached
    ? 4 + Math.floor(rand() * 30)
    : Math.round(low + (high - low) * rand() ** 2) + (success ? 0 : 40);
  const tokensIn = success ? Math.ceil(conversation.prompt.length / 4) + 12 : null;
  const completion = success ? completionFor(conversation, rand) : null;
  const tokensOut = completion === null ? null : Math.ceil(completion.length / 4);
  const [priceIn, priceOut] = PRICES[key];
  const cost =
    cached || tokensIn === null || tokensOut === null
      ? 0
      : Math.round(((tokensIn * priceIn + tokensOut * priceOut) / 1e6) * 1e9) / 1e9;
  const feedbackRoll = rand();
  const feedback = feedbackRoll < 0.07 ? 1 : feedbackRoll < 0.1 ? -1 : 0;
  const user = `u_${String(1 + Math.floor(rand() * 60)).padStart(4, "0")}`;
  const metadata = JSON.stringify({ feature: traffic.feature, user_id: user, env: "production" });
  const createdAt = new Date(ms).toISOString();
  return {
    id: logId(ms, rand),
    accountId: traffic.gateway.accountId,
    gateway_id: String(traffic.gateway.config.id),
    created_at: createdAt,
    provider: model.provider,
    model: model.model,
    model_type: model.type,
    path: model.path,
    request_type: model.provider === "workers-ai" ? "workers-ai" : "universal",
    request_content_type: "application/json",
    response_content_type: "application/json",
    status_code: status,
    success,
    cached,
    duration,
    tokens_in: tokensIn,
    tokens_out: tokensOut,
    cost,
    feedback,
    metadata,
    step: 0,
    request_body: requestBodyFor(key, model.model, conversation),
    response_body:
      completion === null
        ? errorBody(key, status)
        : responseBodyFor(key, model.model, completion, ms, tokensIn!, tokensOut!),
    prompt: conversation.prompt,
    system: key === "bart" ? null : conversation.system,
    completion,
  };
}

function providerLogs(): SeedLog[] {
  const rand = seededRandom(AI_GATEWAY_SEED + 1);
  return PROVIDER_SAMPLES.map((sample, index) => ({
    id: logId(Date.parse(sample.at), rand),
    accountId: ASSISTANTS_GATEWAY.accountId,
    gateway_id: String(ASSISTANTS_GATEWAY.config.id),
    created_at: sample.at,
    provider: sample.provider,
    model: sample.model,
    model_type: "chat",
    path: sample.path,
    request_type: sample.requestType,
    request_content_type: "application/json",
    response_content_type: "application/json",
    status_code: sample.status,
    success: sample.status === 200,
    cached: false,
    duration: sample.duration,
    tokens_in: sample.tokensIn,
    tokens_out: sample.tokensOut,
    cost: sample.cost,
    feedback: 0,
    metadata: JSON.stringify({
      feature: "assistants",
      user_id: `u_${900 + index}`,
      env: "production",
    }),
    step: sample.step ?? 0,
    request_body: sample.request,
    response_body: sample.response,
    prompt: sample.prompt,
    system: sample.system,
    completion: sample.completion,
  }));
}
