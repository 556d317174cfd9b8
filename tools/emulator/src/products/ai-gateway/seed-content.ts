/**
 * Text and provider-shaped bodies for the seeded AI Gateway logs: prompts per use case (some
 * asking about refunds), the answers, and request/response JSON in each provider's own format.
 * Plain functions of a random source, used only by the seed generator in `seed/ai-gateway.ts`.
 */

export interface Conversation {
  readonly system: string;
  readonly prompt: string;
  /** Which answer template to use. */
  readonly topic: "refund" | "cancel" | "support" | "summary" | "tool";
}

type Rand = () => number;

function choose<T>(items: readonly T[], rand: Rand): T {
  return items[Math.floor(rand() * items.length)]!;
}

const SUPPORT_PROMPTS = [
  "My package has been stuck in transit for five days, where is it?",
  "How do I change the shipping address on an order I placed this morning?",
  "The discount code WINTER10 is not applied at checkout.",
  "Can I upgrade my plan in the middle of the billing cycle?",
  "I forgot my password and the reset email never arrives.",
  "Do you ship to Norway and how long does it take?",
  "The mobile app crashes when I open my order history.",
  "Is the blue jacket available in size M again soon?",
] as const;

const REFUND_PROMPTS = [
  "I was charged twice for order #{n}, can I get a refund for the duplicate?",
  "The headphones from order #{n} arrived broken. I want a refund, not a replacement.",
  "How long does a refund take to reach my credit card?",
  "Refund request: I returned order #{n} two weeks ago and have not been paid back.",
] as const;

const CANCEL_PROMPTS = [
  "Please cancel my subscription at the end of this month.",
  "How do I cancel my annual plan?",
] as const;

const TOOL_PROMPTS = [
  "Write a SQL query that counts orders per region for last quarter.",
  "Explain what this regex does: ^[a-z0-9_]+(?:-[a-z0-9_]+)*$",
  "Draft a short incident update for the status page about slow checkouts.",
  "Convert this cron expression to plain English: 30 4 * * 1-5",
  "Suggest three names for an internal dashboard about warehouse stock.",
  "Rewrite this commit message to follow conventional commits: fixed the thing",
] as const;

const DOC_SENTENCES = [
  "The quarterly review covers revenue, churn and support volume across every region.",
  "Revenue grew eleven percent compared with the previous quarter, driven by the new annual plans.",
  "Support volume rose after the checkout redesign and fell again once the address form was fixed.",
  "The warehouse in Rotterdam reached ninety percent capacity during the autumn campaign.",
  "Customer satisfaction scores stayed flat, with delivery speed cited most often as a concern.",
  "The team proposes moving two carriers to next-day service for the holiday season.",
  "Engineering shipped the new search index, cutting median query time by a third.",
  "Marketing spend shifted from paid social towards partnerships with independent stores.",
  "Three incidents affected checkout availability, the longest lasting forty minutes.",
  "Hiring plans add four support agents and two data engineers before the end of the year.",
] as const;

export function supportConversation(rand: Rand): Conversation {
  const system = "You are Acme's friendly support assistant. Answer briefly and politely.";
  const roll = rand();
  const order = 10_000 + Math.floor(rand() * 90_000);
  if (roll < 0.16) {
    return {
      system,
      topic: "refund",
      prompt: choose(REFUND_PROMPTS, rand).replace("{n}", `${order}`),
    };
  }
  if (roll < 0.24) return { system, topic: "cancel", prompt: choose(CANCEL_PROMPTS, rand) };
  return { system, topic: "support", prompt: choose(SUPPORT_PROMPTS, rand) };
}

export function summarizationConversation(rand: Rand): Conversation {
  const count = 6 + Math.floor(rand() * 30);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(choose(DOC_SENTENCES, rand));
  return {
    system: "Summarize the document in three sentences for an executive audience.",
    topic: "summary",
    prompt: sentences.join(" "),
  };
}

export function toolsConversation(rand: Rand): Conversation {
  return {
    system: "You are an assistant for Acme's engineering and operations staff.",
    topic: "tool",
    prompt: choose(TOOL_PROMPTS, rand),
  };
}

const ANSWERS: Record<Conversation["topic"], readonly string[]> = {
  refund: [
    "I'm sorry about that. I've opened a refund for the affected order; it usually reaches your card within 5-10 business days.",
    "Thanks for letting us know. Under our refund policy you are eligible for a full refund, and I've started it now.",
  ],
  cancel: [
    "Your subscription will end at the close of the current period. Annual plans receive a prorated refund for unused months.",
    "Done: the plan is set to cancel at the end of the billing period and you keep access until then.",
  ],
  support: [
    "Thanks for reaching out! I've checked your account and here is what you can do next.",
    "Good question. You can do this from Settings > Orders; let me know if anything looks wrong.",
    "I've passed this on to our team, and you'll get an email update within 24 hours.",
  ],
  summary: [
    "Revenue rose on annual plans while support volume spiked after the checkout redesign. Warehouse capacity is tight ahead of the holidays. The team plans faster carriers and more support staff.",
    "The quarter brought revenue growth, faster search and three checkout incidents. Satisfaction is flat with delivery speed the main complaint. Hiring and carrier changes are proposed.",
  ],
  tool: [
    "Here is a concise answer with an example you can adapt.",
    "Sure. Below is a draft; adjust the wording to match your team's tone.",
  ],
};

export function completionFor(conversation: Conversation, rand: Rand): string {
  return choose(ANSWERS[conversation.topic], rand);
}

export function requestBodyFor(
  key: string,
  model: string,
  conversation: Conversation,
): Record<string, unknown> {
  const { system, prompt } = conversation;
  if (key === "bart") return { input_text: prompt, max_length: 256 };
  if (key === "claude") {
    return { model, max_tokens: 1024, system, messages: [{ role: "user", content: prompt }] };
  }
  const messages = [
    { role: "system", content: system },
    { role: "user", content: prompt },
  ];
  return key === "llama" ? { messages, max_tokens: 512 } : { model, messages, temperature: 0.3 };
}

export function responseBodyFor(
  key: string,
  model: string,
  completion: string,
  ms: number,
  tokensIn: number,
  tokensOut: number,
): Record<string, unknown> {
  const tag = ms.toString(36);
  if (key === "bart")
    return { result: { summary: completion }, success: true, errors: [], messages: [] };
  if (key === "llama") {
    return { result: { response: completion }, success: true, errors: [], messages: [] };
  }
  if (key === "claude") {
    return {
      id: `msg_${tag}`,
      type: "message",
      role: "assistant",
      model,
      content: [{ type: "text", text: completion }],
      stop_reason: "end_turn",
      usage: { input_tokens: tokensIn, output_tokens: tokensOut },
    };
  }
  return {
    id: `chatcmpl-${tag}`,
    object: "chat.completion",
    created: Math.floor(ms / 1000),
    model,
    choices: [
      { index: 0, message: { role: "assistant", content: completion }, finish_reason: "stop" },
    ],
    usage: {
      prompt_tokens: tokensIn,
      completion_tokens: tokensOut,
      total_tokens: tokensIn + tokensOut,
    },
  };
}

export function errorBody(key: string, status: number): Record<string, unknown> {
  const limited = status === 429;
  if (key === "claude") {
    return {
      type: "error",
      error: limited
        ? { type: "rate_limit_error", message: "Number of requests has exceeded your rate limit." }
        : { type: "api_error", message: "Internal server error" },
    };
  }
  if (key === "gpt") {
    return {
      error: limited
        ? {
            message: "Rate limit reached for gpt-4o-mini.",
            type: "requests",
            code: "rate_limit_exceeded",
          }
        : {
            message: "The server had an error while processing your request.",
            type: "server_error",
          },
    };
  }
  return {
    success: false,
    result: null,
    messages: [],
    errors: [
      limited
        ? { code: 3040, message: "Capacity temporarily exceeded" }
        : { code: 3043, message: "Internal server error" },
    ],
  };
}
