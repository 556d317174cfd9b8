/** The server's base URL, read lazily: the stack starts in beforeAll, after the file is loaded. */
import type { OAuthStack } from "./stack.ts";

export function stackUrl(stack: OAuthStack): () => string {
  return () => stack.app.url;
}
