/**
 * User, system and earlier assistant text of a logged request body, for every request shape AI
 * Gateway proxies:
 * - chat messages: OpenAI, Azure OpenAI, Groq, Mistral, DeepSeek, Workers AI chat models, the
 *   OpenAI-compatible endpoint, Anthropic (top-level `system`), Bedrock InvokeModel with an
 *   Anthropic body, Bedrock Converse (`system: [{ text }]`), Cohere v2;
 * - OpenAI Responses (`instructions` + `input`);
 * - Gemini on Google AI Studio and Vertex AI (`systemInstruction` + `contents`);
 * - Cohere v1 chat (`preamble` + `chat_history` + `message`);
 * - single prompts: Workers AI `prompt` / `input_text` / `text`, Bedrock Titan `inputText`,
 *   legacy completions and embeddings (`prompt`, `input`);
 * - the universal endpoint: an array of provider steps, read from the step that answered.
 * Only text fields are read: headers inside universal steps (which carry provider keys) never are.
 */
import { arrayAt, isObject, type Json, textOf } from "./json";
import type { RequestText } from "./types";

const SYSTEM_ROLES = new Set(["system", "developer"]);
const USER_ROLES = new Set(["user", "human"]);
const ASSISTANT_ROLES = new Set(["assistant", "model", "chatbot", "ai"]);

export interface RequestContext {
  /** The log's `step`: which universal-endpoint entry answered (0 when absent). */
  readonly step?: number;
}

export function readRequestText(body: unknown, context: RequestContext = {}): RequestText {
  if (Array.isArray(body)) return universal(body, context.step ?? 0);
  if (!isObject(body)) return empty();
  return (
    responsesRequest(body) ??
    geminiRequest(body) ??
    cohereV1Request(body) ??
    chatRequest(body) ??
    promptRequest(body) ??
    empty()
  );
}

function empty(): RequestText {
  return { format: "unknown", system: [], user: [], assistant: [] };
}

/** Roles sort text into the three lists; unknown roles (tool, function) are left out. */
function byRole(
  turns: readonly unknown[],
  read: (turn: Json) => { role: string; text: string[] },
): { system: string[]; user: string[]; assistant: string[] } {
  const out = { system: [] as string[], user: [] as string[], assistant: [] as string[] };
  for (const turn of turns) {
    if (!isObject(turn)) continue;
    const { role, text } = read(turn);
    const key = role.toLowerCase();
    if (SYSTEM_ROLES.has(key)) out.system.push(...text);
    else if (USER_ROLES.has(key)) out.user.push(...text);
    else if (ASSISTANT_ROLES.has(key)) out.assistant.push(...text);
  }
  return out;
}

function chatRequest(body: Json): RequestText | undefined {
  const messages = arrayAt(body, "messages");
  if (!messages) return undefined;
  const turns = byRole(messages, (turn) => ({
    role: String(turn.role ?? ""),
    text: textOf(turn.content),
  }));
  // Anthropic and Bedrock Converse put instructions beside the messages, not among them.
  const system = [...textOf(body.system), ...textOf(body.system_prompt), ...turns.system];
  return { format: "chat-messages", system, user: turns.user, assistant: turns.assistant };
}

function responsesRequest(body: Json): RequestText | undefined {
  if (!("input" in body) || !("instructions" in body || Array.isArray(body.input))) {
    return undefined;
  }
  const input = body.input;
  const items = Array.isArray(input) ? input : [];
  // A plain string list is an embeddings input, not a Responses conversation.
  if (items.length > 0 && items.every((item) => typeof item === "string")) return undefined;
  const turns = byRole(items, (turn) => ({
    role: String(turn.role ?? (turn.type === "message" ? "user" : "")),
    text: textOf(turn.content),
  }));
  return {
    format: "openai-responses",
    system: [...textOf(body.instructions), ...turns.system],
    user: typeof input === "string" ? textOf(input) : turns.user,
    assistant: turns.assistant,
  };
}

function geminiRequest(body: Json): RequestText | undefined {
  const contents = body.contents;
  if (contents === undefined) return undefined;
  const instruction = body.systemInstruction ?? body.system_instruction;
  const system = isObject(instruction) ? textOf(instruction.parts) : textOf(instruction);
  if (typeof contents === "string") {
    return { format: "gemini", system, user: textOf(contents), assistant: [] };
  }
  if (!Array.isArray(contents)) return undefined;
  // A turn without a role is the user's (Gemini's default).
  const turns = byRole(contents, (turn) => ({
    role: String(turn.role ?? "user"),
    text: textOf(turn.parts),
  }));
  return { format: "gemini", system: [...system, ...turns.system], ...pick(turns) };
}

function cohereV1Request(body: Json): RequestText | undefined {
  if (typeof body.message !== "string") return undefined;
  const history = byRole(arrayAt(body, "chat_history") ?? [], (turn) => ({
    role: String(turn.role ?? ""),
    text: textOf(turn.message),
  }));
  return {
    format: "cohere-v1",
    system: [...textOf(body.preamble), ...history.system],
    user: [...history.user, ...textOf(body.message)],
    assistant: history.assistant,
  };
}

function promptRequest(body: Json): RequestText | undefined {
  for (const key of ["prompt", "input_text", "inputText", "text", "input"]) {
    const user = textOf(body[key]);
    if (user.length > 0) {
      return { format: "prompt", system: textOf(body.system_prompt), user, assistant: [] };
    }
  }
  return undefined;
}

function universal(steps: readonly unknown[], step: number): RequestText {
  const chosen = steps[step] ?? steps[0];
  if (!isObject(chosen) || !isObject(chosen.query)) return empty();
  const inner = readRequestText(chosen.query);
  return inner.format === "unknown" ? inner : { ...inner, format: "universal" };
}

function pick(turns: { user: string[]; assistant: string[] }): {
  user: string[];
  assistant: string[];
} {
  return { user: turns.user, assistant: turns.assistant };
}
