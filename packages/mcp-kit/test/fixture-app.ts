/** A small app built with the kit, used by the kit's end-to-end tests. */
import {
  createMcpApp,
  jsonResult,
  type KitEnv,
  ToolError,
  type ToolLogLine,
  z,
} from "../src/index";
import type { FakeApi } from "./fake-cloudflare";

export function createFixtureApp(api: FakeApi, logs: ToolLogLine[] = [], toolBudgetMs?: number) {
  return createMcpApp<KitEnv>({
    name: "fixture",
    title: "Fixture",
    version: "1.2.3",
    instructions: "Test server.",
    fetch: api.fetch,
    log: (line) => logs.push(line),
    ...(toolBudgetMs ? { toolBudgetMs } : {}),
    register(context) {
      context.accountTool({
        name: "widgets_list",
        title: "List widgets",
        description: "List widgets of an account.",
        input: {},
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        permission: "Widgets Read",
        async handler(_input, call) {
          const response = await call.api.get(`/accounts/${call.accountId}/widgets`);
          return jsonResult(response.result, { summary: `Widgets of ${call.account.name}.` });
        },
      });
      context.accountTool({
        name: "widgets_forbidden",
        title: "Forbidden widgets",
        description: "Always answered with 10000 by the API.",
        input: {},
        annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
        permission: "Widgets Edit",
        async handler(_input, call) {
          await call.api.post(`/accounts/${call.accountId}/forbidden`, { body: { json: {} } });
          return jsonResult({});
        },
      });
      context.tool({
        name: "secret_echo",
        title: "Echo a secret",
        description: "Echoes its secret back (to prove redaction).",
        input: {
          value: z.string().describe("A secret."),
          fail: z.boolean().optional().describe("Throw instead of returning."),
        },
        secretFields: ["value"],
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler({ value, fail }) {
          if (fail)
            throw new ToolError(`could not store ${value}`, { hint: `retry with ${value}` });
          return jsonResult({ echoed: value, nested: [{ value }] }, { summary: `got ${value}` });
        },
      });
      context.tool({
        name: "big_output",
        title: "Big output",
        description: "Returns many items.",
        input: { count: z.number().int().describe("How many items.") },
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler({ count }) {
          const items = Array.from({ length: count }, (_, i) => ({
            id: i,
            name: `item-${i}`,
            pad: "x".repeat(40),
          }));
          return jsonResult({ items }, { moreHint: "Ask for fewer items." });
        },
      });
      context.tool({
        name: "hang",
        title: "Hang",
        description: "Never finishes on its own.",
        input: {},
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler(_input, call) {
          await new Promise((resolve) => call.signal.addEventListener("abort", resolve));
          return jsonResult({});
        },
      });
      context.tool({
        name: "crash",
        title: "Crash",
        description: "Throws a plain error.",
        input: {},
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler() {
          throw new Error("internal detail that must not leak");
        },
      });
    },
  });
}
