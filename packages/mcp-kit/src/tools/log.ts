/**
 * One structured log line per tool call. It carries what an operator needs (tool, outcome, time,
 * Cloudflare code) and deliberately never the arguments, which may hold secrets.
 */

export interface ToolLogLine {
  server: string;
  tool: string;
  outcome: "ok" | "error";
  durationMs: number;
  code?: number;
  errorKind?: string;
  accountId?: string;
}

export type ToolLogger = (line: ToolLogLine) => void;

export const consoleToolLogger: ToolLogger = (line) => {
  const text = JSON.stringify({ event: "tool_call", ...line });
  if (line.outcome === "error") console.warn(text);
  else console.log(text);
};
