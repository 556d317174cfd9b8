/**
 * Reading AI Gateway log bodies as a conversation: who said what, per provider format. Pure
 * functions; the tools decide what to search or show.
 */
export { type RequestContext, readRequestText } from "./request";
export { readResponseText } from "./response";
export type {
  ConversationPart,
  RequestFormat,
  RequestText,
  ResponseFormat,
  ResponseText,
} from "./types";
