/**
 * The model's answer (or the provider's error) in a logged response body, for every response
 * shape AI Gateway proxies: OpenAI chat and legacy completions (also Groq, Mistral, DeepSeek,
 * Azure and the OpenAI-compatible endpoint), OpenAI Responses, Anthropic (also through Vertex and
 * Bedrock InvokeModel), Gemini (Google AI Studio, Vertex), Bedrock Converse and Titan, Cohere v1
 * and v2, and Workers AI (`result.response`, `result.summary`, or an OpenAI shape inside
 * `result`). Streams logged as server-sent events are joined from their deltas.
 */
import { arrayAt, isObject, type Json, textOf } from "./json";
import type { ResponseFormat, ResponseText } from "./types";

export function readResponseText(body: unknown): ResponseText {
  if (typeof body === "string") return streamText(body);
  if (!isObject(body)) return { format: "unknown", assistant: [] };
  return (
    errorText(body) ??
    openAiChat(body) ??
    responsesOutput(body) ??
    geminiOutput(body) ??
    converseOutput(body) ??
    anthropicOutput(body) ??
    cohereOutput(body) ??
    workersAiOutput(body) ??
    titanOutput(body) ?? { format: "unknown", assistant: [] }
  );
}

function answer(format: ResponseFormat, assistant: string[]): ResponseText {
  return { format, assistant };
}

function errorText(body: Json): ResponseText | undefined {
  const error = body.error;
  if (isObject(error) && typeof error.message === "string") {
    return { format: "error", assistant: [], error: error.message };
  }
  if (typeof error === "string") return { format: "error", assistant: [], error };
  const errors = arrayAt(body, "errors");
  if (body.success === false && errors) {
    const first = errors.find(isObject);
    const message = typeof first?.message === "string" ? first.message : "request failed";
    return { format: "error", assistant: [], error: message };
  }
  return undefined;
}

function openAiChat(body: Json): ResponseText | undefined {
  const choices = arrayAt(body, "choices");
  if (!choices) return undefined;
  const text = choices.flatMap((choice) => {
    if (!isObject(choice)) return [];
    if (isObject(choice.message)) return textOf(choice.message.content);
    if (isObject(choice.delta)) return textOf(choice.delta.content);
    return textOf(choice.text);
  });
  const legacy = choices.some((choice) => isObject(choice) && "text" in choice);
  return answer(legacy ? "completion" : "openai-chat", text);
}

function responsesOutput(body: Json): ResponseText | undefined {
  if (body.object !== "response" && !Array.isArray(body.output)) return undefined;
  const items = arrayAt(body, "output") ?? [];
  const text = items.flatMap((item) =>
    isObject(item) && item.type === "message" ? textOf(item.content) : [],
  );
  return answer("openai-responses", text);
}

function geminiOutput(body: Json): ResponseText | undefined {
  const candidates = arrayAt(body, "candidates");
  if (!candidates) return undefined;
  const text = candidates.flatMap((candidate) =>
    isObject(candidate) && isObject(candidate.content) ? textOf(candidate.content.parts) : [],
  );
  return answer("gemini", text);
}

function converseOutput(body: Json): ResponseText | undefined {
  if (!isObject(body.output) || !isObject(body.output.message)) return undefined;
  return answer("bedrock-converse", textOf(body.output.message.content));
}

function anthropicOutput(body: Json): ResponseText | undefined {
  if (!Array.isArray(body.content) || (body.type !== "message" && body.role !== "assistant")) {
    return undefined;
  }
  return answer("anthropic", textOf(body.content));
}

function cohereOutput(body: Json): ResponseText | undefined {
  // v2: `message.content` blocks; v1: `text` beside a `generation_id` or `response_id`.
  if (isObject(body.message) && body.message.role === "assistant") {
    return answer("cohere", textOf(body.message.content));
  }
  if (typeof body.text === "string" && ("generation_id" in body || "response_id" in body)) {
    return answer("cohere", textOf(body.text));
  }
  return undefined;
}

function workersAiOutput(body: Json): ResponseText | undefined {
  const result = body.result;
  if (typeof result === "string") return answer("workers-ai", textOf(result));
  if (!isObject(result)) {
    // The AI binding's own shape, logged without the REST envelope.
    return typeof body.response === "string"
      ? answer("workers-ai", textOf(body.response))
      : undefined;
  }
  const nested = openAiChat(result) ?? responsesOutput(result);
  if (nested) return { ...nested, format: "workers-ai" };
  for (const key of ["response", "summary", "translated_text", "text", "output_text"]) {
    const text = textOf(result[key]);
    if (text.length > 0) return answer("workers-ai", text);
  }
  return answer("workers-ai", []);
}

function titanOutput(body: Json): ResponseText | undefined {
  const results = arrayAt(body, "results");
  if (!results) return undefined;
  return answer(
    "completion",
    results.flatMap((item) => (isObject(item) ? textOf(item.outputText) : [])),
  );
}

/** `data: {...}` lines of a logged stream: joins each chunk's text delta. */
function streamText(raw: string): ResponseText {
  if (!/^data:/m.test(raw)) return { format: "unknown", assistant: [] };
  let format: ResponseFormat = "unknown";
  let text = "";
  for (const line of raw.split("\n")) {
    const data = line.startsWith("data:") ? line.slice(5).trim() : "";
    if (data === "" || data === "[DONE]") continue;
    let chunk: unknown;
    try {
      chunk = JSON.parse(data);
    } catch {
      continue;
    }
    if (!isObject(chunk)) continue;
    const delta = chunkDelta(chunk);
    if (delta) {
      format = delta.format;
      text += delta.text;
    }
  }
  return { format, assistant: text === "" ? [] : [text] };
}

function chunkDelta(chunk: Json): { format: ResponseFormat; text: string } | undefined {
  const parsed = openAiChat(chunk) ?? geminiOutput(chunk);
  if (parsed) return { format: parsed.format, text: parsed.assistant.join("") };
  // Anthropic: content_block_delta { delta: { type: "text_delta", text } }.
  if (isObject(chunk.delta) && typeof chunk.delta.text === "string") {
    return { format: "anthropic", text: chunk.delta.text };
  }
  // OpenAI Responses: response.output_text.delta { delta: "..." }.
  if (chunk.type === "response.output_text.delta" && typeof chunk.delta === "string") {
    return { format: "openai-responses", text: chunk.delta };
  }
  // Workers AI streams `{ response: "..." }` chunks.
  if (typeof chunk.response === "string") return { format: "workers-ai", text: chunk.response };
  return undefined;
}
