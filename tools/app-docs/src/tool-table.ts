// The generated README table of an app's tools.
import { renderTable } from "./markdown-table.ts";
import type { ToolSummary } from "./tool-summary.ts";

export const TOOL_TABLE_COLUMNS = [
  { header: "tool" },
  { header: "what it does" },
  { header: "read-only" },
  { header: "destructive" },
  { header: "permission" },
] as const;

/** Shown when a tool declares no permission (the kit's account tools, for example). */
export const NO_PERMISSION = "—";

export function toolRow(tool: ToolSummary): string[] {
  return [
    `\`${tool.name}\``,
    tool.summary,
    tool.readOnly ? "yes" : "no",
    tool.destructive ? "yes" : "no",
    tool.permission ?? NO_PERMISSION,
  ];
}

/** Tools in the order the server lists them (the order they are registered in). */
export function renderToolTable(tools: readonly ToolSummary[]): string {
  return renderTable(TOOL_TABLE_COLUMNS, tools.map(toolRow));
}
