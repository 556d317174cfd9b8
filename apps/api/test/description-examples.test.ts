// Every example a tool description shows a model runs as printed against the emulator and answers
// without an error: the description is the only documentation a model gets.
import { describe, expect, it } from "vitest";
import { callTool, USER_TOKEN, useStack } from "./harness.ts";

const stack = useStack();

/** Code examples in a description: the lines after an "Example:"/"Examples:" line that are code. */
function examplesOf(description: string): string[] {
  const lines = description.split("\n");
  const start = lines.findIndex((line) => /^Examples?:\s*$/.test(line.trim()));
  if (start < 0) return [];
  return lines
    .slice(start + 1)
    .filter((line) => line.trimStart().startsWith("async ("))
    .map((line) => line.trim());
}

describe("tool description examples", () => {
  it("run as printed and answer without an error", async () => {
    const client = await stack.connect(USER_TOKEN);
    const { tools } = await client.listTools();
    const ran: string[] = [];
    for (const tool of tools) {
      for (const code of examplesOf(tool.description ?? "")) {
        const outcome = await callTool(client, tool.name, { code });
        expect(outcome.isError, `${tool.name}: ${code}\n${outcome.text}`).toBeFalsy();
        expect(outcome.text.length).toBeGreaterThan(0);
        ran.push(`${tool.name}: ${code}`);
      }
    }
    // search and execute both document examples; a description losing them fails here.
    expect(ran.filter((line) => line.startsWith("search:")).length).toBeGreaterThan(0);
    expect(ran.filter((line) => line.startsWith("execute:")).length).toBeGreaterThan(0);
  });

  it("lists the seeded zones with the execute example's GET /zones", async () => {
    const client = await stack.connect(USER_TOKEN);
    const outcome = await callTool(client, "execute", {
      code: 'async () => (await cloudflare.request({ path: "/zones", query: { per_page: 5 } })).result.map(z => z.name)',
    });
    expect(outcome.isError).toBeFalsy();
    expect(outcome.text).toContain("acme.example");
  });
});
