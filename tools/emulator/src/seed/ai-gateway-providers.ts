/**
 * Hand-written AI Gateway logs in each provider's own request and response format, on the
 * `assistants` gateway: OpenAI chat and Responses, Anthropic, Google AI Studio and Vertex AI
 * (Gemini and Claude), Workers AI (chat and prompt), Amazon Bedrock (Converse and InvokeModel),
 * Mistral, Cohere v1 and v2, Groq and the universal endpoint, plus a failed Gemini call.
 *
 * Every system prompt asks the model to "escalate" and no user prompt says that word, so a
 * search of user prompts that reads system text by mistake is caught; Gemini responses carry
 * `"finishReason": "STOP"`, which no answer says. `prompt`, `system` and `completion` give the
 * plain texts tests compare with.
 */

export interface ProviderSample {
  readonly key: string;
  readonly at: string;
  readonly provider: string;
  readonly model: string;
  readonly path: string;
  readonly requestType: string;
  readonly status: number;
  readonly step?: number;
  readonly tokensIn: number | null;
  readonly tokensOut: number | null;
  readonly cost: number;
  readonly duration: number;
  readonly system: string | null;
  readonly prompt: string;
  readonly completion: string | null;
  readonly request: unknown;
  readonly response: unknown;
}

const SYSTEM = {
  support:
    "You are Acme's billing assistant. If the customer threatens to leave, escalate to a human agent.",
  ops: "You help Acme's operations team. Escalate anything about outages to the on-call engineer.",
} as const;

const PROMPTS = {
  invoice: "Why is my November invoice higher than October's?",
  vat: "Can you add our VAT number to the next invoice?",
  seats: "How many seats are on our current plan?",
  outage: "Summarize last night's checkout incident in two sentences.",
  cron: "What does the cron expression 0 3 * * 1 mean?",
  export: "How do I export all invoices as CSV?",
  card: "Please update the card we pay with.",
  region: "Which region had the most support tickets this week?",
  latency: "Why were API responses slow on Tuesday?",
  plan: "Is there a cheaper plan for a team of five?",
  deploy: "Draft a deploy announcement for the new search page.",
  refundPolicy: "What is your policy on partial months?",
  translate: "Translate 'thank you for your patience' into German.",
  budget: "List three ways to cut our cloud bill.",
  failed: "Explain our invoice numbering scheme.",
} as const;

const ANSWERS = {
  invoice: "November includes three extra seats added on the 4th, billed pro rata.",
  vat: "Done: the VAT number will appear on every invoice from the next cycle.",
  seats: "Your plan currently has 12 seats, 10 of them assigned.",
  outage:
    "Checkout failed for 40 minutes after a certificate expired. It was renewed and monitoring added.",
  cron: "It runs at 03:00 every Monday.",
  export: "Open Billing, choose Invoices and select Export as CSV.",
  card: "I've sent you a secure link to update the payment card.",
  region: "Europe had the most tickets, mostly about delivery times.",
  latency: "A slow database migration held locks for about an hour on Tuesday morning.",
  plan: "The Team plan covers five people and costs less than your current plan.",
  deploy: "We're launching a faster search page today; results now load in under a second.",
  refundPolicy: "Partial months are credited on your next invoice.",
  translate: "Danke für Ihre Geduld.",
  budget: "Right-size idle instances, cache more responses and move cold data to cheaper storage.",
} as const;

const openAiChatResponse = (model: string, text: string, tokensIn: number, tokensOut: number) => ({
  id: "chatcmpl-aig-sample",
  object: "chat.completion",
  created: 1_762_900_000,
  model,
  choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
  usage: {
    prompt_tokens: tokensIn,
    completion_tokens: tokensOut,
    total_tokens: tokensIn + tokensOut,
  },
});

const anthropicResponse = (model: string, text: string, tokensIn: number, tokensOut: number) => ({
  id: "msg_aig_sample",
  type: "message",
  role: "assistant",
  model,
  content: [{ type: "text", text }],
  stop_reason: "end_turn",
  usage: { input_tokens: tokensIn, output_tokens: tokensOut },
});

const geminiResponse = (model: string, text: string, tokensIn: number, tokensOut: number) => ({
  candidates: [
    {
      content: { role: "model", parts: [{ text }] },
      finishReason: "STOP",
      index: 0,
    },
  ],
  usageMetadata: {
    promptTokenCount: tokensIn,
    candidatesTokenCount: tokensOut,
    totalTokenCount: tokensIn + tokensOut,
  },
  modelVersion: model,
});

function sample(
  key: keyof typeof PROMPTS,
  at: string,
  fields: Omit<ProviderSample, "key" | "at" | "prompt" | "completion" | "requestType"> & {
    requestType?: string;
  },
): ProviderSample {
  const completion = key in ANSWERS ? ANSWERS[key as keyof typeof ANSWERS] : null;
  return {
    key,
    at,
    prompt: PROMPTS[key],
    completion: fields.status === 200 ? completion : null,
    requestType:
      fields.requestType ?? (fields.provider === "workers-ai" ? "workers-ai" : "universal"),
    ...fields,
  };
}

export const PROVIDER_SAMPLES: readonly ProviderSample[] = [
  sample("invoice", "2026-11-10T09:05:11.000Z", {
    provider: "openai",
    model: "gpt-4o-mini",
    path: "chat/completions",
    status: 200,
    tokensIn: 41,
    tokensOut: 18,
    cost: 0.000017,
    duration: 812,
    system: SYSTEM.support,
    request: {
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: SYSTEM.support },
        { role: "user", content: [{ type: "text", text: PROMPTS.invoice }] },
      ],
    },
    response: openAiChatResponse("gpt-4o-mini", ANSWERS.invoice, 41, 18),
  }),
  sample("vat", "2026-11-10T10:17:42.000Z", {
    provider: "openai",
    model: "gpt-4.1-mini",
    path: "responses",
    status: 200,
    tokensIn: 38,
    tokensOut: 16,
    cost: 0.0000408,
    duration: 1034,
    system: SYSTEM.support,
    request: {
      model: "gpt-4.1-mini",
      instructions: SYSTEM.support,
      input: [{ role: "user", content: [{ type: "input_text", text: PROMPTS.vat }] }],
    },
    response: {
      id: "resp_aig_sample",
      object: "response",
      status: "completed",
      model: "gpt-4.1-mini",
      output: [
        { type: "reasoning", id: "rs_1", summary: [] },
        {
          type: "message",
          id: "msg_1",
          role: "assistant",
          status: "completed",
          content: [{ type: "output_text", text: ANSWERS.vat, annotations: [] }],
        },
      ],
      usage: { input_tokens: 38, output_tokens: 16, total_tokens: 54 },
    },
  }),
  sample("seats", "2026-11-10T11:02:03.000Z", {
    provider: "anthropic",
    model: "claude-sonnet-4-5",
    path: "v1/messages",
    status: 200,
    tokensIn: 44,
    tokensOut: 15,
    cost: 0.000357,
    duration: 1422,
    system: SYSTEM.support,
    request: {
      model: "claude-sonnet-4-5",
      max_tokens: 512,
      system: [{ type: "text", text: SYSTEM.support }],
      messages: [{ role: "user", content: [{ type: "text", text: PROMPTS.seats }] }],
    },
    response: anthropicResponse("claude-sonnet-4-5", ANSWERS.seats, 44, 15),
  }),
  sample("outage", "2026-11-11T07:45:30.000Z", {
    provider: "google-ai-studio",
    model: "gemini-2.5-flash",
    path: "v1beta/models/gemini-2.5-flash:generateContent",
    status: 200,
    tokensIn: 36,
    tokensOut: 24,
    cost: 0.0000708,
    duration: 955,
    system: SYSTEM.ops,
    request: {
      systemInstruction: { parts: [{ text: SYSTEM.ops }] },
      contents: [{ role: "user", parts: [{ text: PROMPTS.outage }] }],
      generationConfig: { temperature: 0.2 },
    },
    response: geminiResponse("gemini-2.5-flash", ANSWERS.outage, 36, 24),
  }),
  sample("cron", "2026-11-11T08:12:09.000Z", {
    provider: "google-vertex-ai",
    model: "gemini-2.5-pro",
    path: "v1/projects/acme-ai/locations/us-central1/publishers/google/models/gemini-2.5-pro:generateContent",
    status: 200,
    tokensIn: 33,
    tokensOut: 9,
    cost: 0.0001313,
    duration: 1310,
    system: SYSTEM.ops,
    request: {
      system_instruction: { parts: [{ text: SYSTEM.ops }] },
      contents: [{ role: "user", parts: [{ text: PROMPTS.cron }] }],
    },
    response: geminiResponse("gemini-2.5-pro", ANSWERS.cron, 33, 9),
  }),
  sample("export", "2026-11-11T09:30:00.000Z", {
    provider: "google-vertex-ai",
    model: "claude-sonnet-4-5",
    path: "v1/projects/acme-ai/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5:rawPredict",
    status: 200,
    tokensIn: 42,
    tokensOut: 13,
    cost: 0.000321,
    duration: 1605,
    system: SYSTEM.support,
    request: {
      anthropic_version: "vertex-2023-10-16",
      max_tokens: 512,
      system: SYSTEM.support,
      messages: [{ role: "user", content: PROMPTS.export }],
    },
    response: anthropicResponse("claude-sonnet-4-5", ANSWERS.export, 42, 13),
  }),
  sample("card", "2026-11-11T13:14:15.000Z", {
    provider: "workers-ai",
    model: "@cf/meta/llama-3.1-8b-instruct",
    path: "@cf/meta/llama-3.1-8b-instruct",
    status: 200,
    tokensIn: 37,
    tokensOut: 12,
    cost: 0.0000203,
    duration: 402,
    system: SYSTEM.support,
    request: {
      messages: [
        { role: "system", content: SYSTEM.support },
        { role: "user", content: PROMPTS.card },
      ],
    },
    response: { result: { response: ANSWERS.card }, success: true, errors: [], messages: [] },
  }),
  sample("translate", "2026-11-11T14:40:00.000Z", {
    provider: "workers-ai",
    model: "@cf/mistral/mistral-7b-instruct-v0.1",
    path: "@cf/mistral/mistral-7b-instruct-v0.1",
    status: 200,
    tokensIn: 11,
    tokensOut: 6,
    cost: 0.0000081,
    duration: 233,
    system: null,
    request: { prompt: PROMPTS.translate, max_tokens: 64 },
    response: { result: { response: ANSWERS.translate }, success: true, errors: [], messages: [] },
  }),
  sample("region", "2026-11-12T08:00:01.000Z", {
    provider: "aws-bedrock",
    model: "amazon.nova-lite-v1:0",
    path: "bedrock-runtime/us-east-1/model/amazon.nova-lite-v1:0/converse",
    status: 200,
    tokensIn: 35,
    tokensOut: 14,
    cost: 0.0000055,
    duration: 688,
    system: SYSTEM.ops,
    request: {
      system: [{ text: SYSTEM.ops }],
      messages: [{ role: "user", content: [{ text: PROMPTS.region }] }],
      inferenceConfig: { maxTokens: 256 },
    },
    response: {
      output: { message: { role: "assistant", content: [{ text: ANSWERS.region }] } },
      stopReason: "end_turn",
      usage: { inputTokens: 35, outputTokens: 14, totalTokens: 49 },
    },
  }),
  sample("latency", "2026-11-12T09:21:44.000Z", {
    provider: "aws-bedrock",
    model: "us.anthropic.claude-haiku-4-5-20251001-v1:0",
    path: "bedrock-runtime/us-east-1/model/us.anthropic.claude-haiku-4-5-20251001-v1:0/invoke",
    status: 200,
    tokensIn: 39,
    tokensOut: 17,
    cost: 0.000124,
    duration: 903,
    system: SYSTEM.ops,
    request: {
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: 256,
      system: SYSTEM.ops,
      messages: [{ role: "user", content: PROMPTS.latency }],
    },
    response: anthropicResponse("claude-haiku-4-5", ANSWERS.latency, 39, 17),
  }),
  sample("plan", "2026-11-12T11:11:11.000Z", {
    provider: "mistral",
    model: "mistral-small-latest",
    path: "v1/chat/completions",
    status: 200,
    tokensIn: 40,
    tokensOut: 16,
    cost: 0.0000088,
    duration: 577,
    system: SYSTEM.support,
    request: {
      model: "mistral-small-latest",
      messages: [
        { role: "system", content: SYSTEM.support },
        { role: "user", content: PROMPTS.plan },
      ],
    },
    response: openAiChatResponse("mistral-small-latest", ANSWERS.plan, 40, 16),
  }),
  sample("deploy", "2026-11-12T15:05:00.000Z", {
    provider: "cohere",
    model: "command-r-plus",
    path: "v2/chat",
    status: 200,
    tokensIn: 34,
    tokensOut: 19,
    cost: 0.000275,
    duration: 1188,
    system: SYSTEM.ops,
    request: {
      model: "command-r-plus",
      messages: [
        { role: "system", content: SYSTEM.ops },
        { role: "user", content: PROMPTS.deploy },
      ],
    },
    response: {
      id: "c0h3r3-v2",
      finish_reason: "COMPLETE",
      message: { role: "assistant", content: [{ type: "text", text: ANSWERS.deploy }] },
      usage: { tokens: { input_tokens: 34, output_tokens: 19 } },
    },
  }),
  sample("refundPolicy", "2026-11-12T16:30:00.000Z", {
    provider: "cohere",
    model: "command-r",
    path: "v1/chat",
    status: 200,
    tokensIn: 31,
    tokensOut: 9,
    cost: 0.0000101,
    duration: 640,
    system: SYSTEM.support,
    request: {
      model: "command-r",
      preamble: SYSTEM.support,
      chat_history: [
        { role: "USER", message: PROMPTS.seats },
        { role: "CHATBOT", message: ANSWERS.seats },
      ],
      message: PROMPTS.refundPolicy,
    },
    response: {
      response_id: "c0h3r3-v1",
      generation_id: "g3n-1",
      text: ANSWERS.refundPolicy,
      finish_reason: "COMPLETE",
    },
  }),
  sample("budget", "2026-11-13T08:08:08.000Z", {
    provider: "groq",
    model: "llama-3.3-70b-versatile",
    path: "openai/v1/chat/completions",
    status: 200,
    tokensIn: 36,
    tokensOut: 21,
    cost: 0.0000378,
    duration: 219,
    system: SYSTEM.ops,
    request: {
      model: "llama-3.3-70b-versatile",
      messages: [
        { role: "system", content: SYSTEM.ops },
        { role: "user", content: PROMPTS.budget },
      ],
    },
    response: openAiChatResponse("llama-3.3-70b-versatile", ANSWERS.budget, 36, 21),
  }),
  // The universal endpoint: Workers AI failed, so step 1 (OpenAI) answered. The log keeps that
  // step's own request (the spec types a logged request body as an object), not the whole array.
  sample("latency", "2026-11-13T10:10:10.000Z", {
    provider: "openai",
    model: "gpt-4o-mini",
    path: "chat/completions",
    requestType: "universal",
    step: 1,
    status: 200,
    tokensIn: 40,
    tokensOut: 17,
    cost: 0.0000162,
    duration: 1490,
    system: SYSTEM.ops,
    request: {
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: SYSTEM.ops },
        { role: "user", content: PROMPTS.latency },
      ],
    },
    response: openAiChatResponse("gpt-4o-mini", ANSWERS.latency, 40, 17),
  }),
  sample("failed", "2026-11-13T12:00:00.000Z", {
    provider: "google-ai-studio",
    model: "gemini-2.5-flash",
    path: "v1beta/models/gemini-2.5-flash:generateContent",
    status: 429,
    tokensIn: null,
    tokensOut: null,
    cost: 0,
    duration: 96,
    system: SYSTEM.support,
    request: {
      systemInstruction: { parts: [{ text: SYSTEM.support }] },
      contents: [{ role: "user", parts: [{ text: PROMPTS.failed }] }],
    },
    response: {
      error: {
        code: 429,
        message: "Resource has been exhausted (e.g. check quota).",
        status: "RESOURCE_EXHAUSTED",
      },
    },
  }),
];
