/**
 * Reading tool results in tests, the same way in process (workerd) and against `wrangler dev`
 * (Node): `@repo/mcp-kit/testing/outcome` has no runtime-specific imports.
 */
import type { Client } from "@modelcontextprotocol/client";

/** What a test reads from a tool result. */
export interface ToolOutcome {
  isError: boolean;
  /** All text content joined. */
  text: string;
  /** structuredContent, or `{}` when the result has none (error results). */
  structured: Record<string, unknown>;
  /** The whole result as JSON, for leak checks. */
  raw: string;
}

export async function callTool(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const result = await client.callTool({ name, arguments: args });
  const content = Array.isArray(result.content) ? result.content : [];
  const text = content
    .map((block) => (block.type === "text" ? block.text : ""))
    .filter((part) => part !== "")
    .join("\n");
  const structured =
    result.structuredContent && typeof result.structuredContent === "object"
      ? (result.structuredContent as Record<string, unknown>)
      : {};
  return { isError: result.isError === true, text, structured, raw: JSON.stringify(result) };
}

/** Calls a tool and fails the test with the tool's own text when it reports an error. */
export async function callOk(
  client: Client,
  name: string,
  args: Record<string, unknown> = {},
): Promise<ToolOutcome> {
  const outcome = await callTool(client, name, args);
  if (outcome.isError) throw new Error(`${name} failed unexpectedly: ${outcome.text}`);
  return outcome;
}
