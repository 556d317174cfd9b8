/**
 * What a gateway log's bodies said, split by who said it. A search for "what users asked" reads
 * `user`; the instructions an application gives its model are `system`; the model's words are
 * `assistant`. `format` names the shape that was recognised, or `unknown` when none was, in which
 * case nothing is extracted (reading raw JSON as prose is what made searches match field values).
 */

export type RequestFormat =
  | "chat-messages"
  | "openai-responses"
  | "gemini"
  | "cohere-v1"
  | "prompt"
  | "universal"
  | "unknown";

export type ResponseFormat =
  | "openai-chat"
  | "openai-responses"
  | "anthropic"
  | "gemini"
  | "bedrock-converse"
  | "cohere"
  | "workers-ai"
  | "completion"
  | "error"
  | "unknown";

export interface RequestText {
  readonly format: RequestFormat;
  /** System or developer instructions, in order. */
  readonly system: readonly string[];
  /** What the user wrote, oldest first; the last entry is the current prompt. */
  readonly user: readonly string[];
  /** Earlier assistant turns sent back as context. */
  readonly assistant: readonly string[];
}

export interface ResponseText {
  readonly format: ResponseFormat;
  /** The model's answer. */
  readonly assistant: readonly string[];
  /** The provider's error message, for failed requests. */
  readonly error?: string;
}

/** The three places a search can look. */
export type ConversationPart = "user_prompt" | "system_prompt" | "response";
