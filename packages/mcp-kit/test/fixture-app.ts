/** A small app built with the kit, used by the kit's end-to-end tests. */
import {
  createMcpApp,
  HttpError,
  jsonResult,
  type KitEnv,
  messageMatches,
  pageResult,
  pagingInput,
  ToolError,
  type ToolLogLine,
  z,
} from "../src/index";
import type { FakeApi } from "./fake-cloudflare";

export interface FixtureOptions {
  logs?: ToolLogLine[];
  toolBudgetMs?: number;
  /** Makes `register` fail the connection, as a server whose data is missing would. */
  unavailable?: boolean | (() => boolean);
  /** Receives the connection options of every `register` run. */
  registered?: unknown[];
  /** Whether the declared tools are still current (the ToolSetLifetime `register` returns). */
  current?: () => boolean;
}

export function createFixtureApp(api: FakeApi, options: FixtureOptions = {}) {
  return createMcpApp<KitEnv>({
    name: "fixture",
    title: "Fixture",
    version: "1.2.3",
    instructions: "Test server.",
    fetch: api.fetch,
    log: (line) => options.logs?.push(line),
    ...(options.toolBudgetMs ? { toolBudgetMs: options.toolBudgetMs } : {}),
    errorHints: [{ code: 7003, hint: "App hint: list the widgets first." }],
    async register(context, connection) {
      options.registered?.push(connection.options);
      // An async register, as a server that loads what its tool set depends on.
      await Promise.resolve();
      const unavailable =
        typeof options.unavailable === "function" ? options.unavailable() : options.unavailable;
      if (unavailable) throw new HttpError(503, "The widget catalogue is not loaded yet.");
      context.accountTool({
        name: "fixture_widgets_list",
        title: "List widgets",
        description: "List widgets of an account.",
        input: pagingInput({ noun: "widgets", defaultPerPage: 2 }),
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        permission: { permission: "Widgets Read", scope: "widgets:read" },
        async handler(input, call) {
          const page = await call.api.page<{ id: string }>("/accounts/{account_id}/widgets", input);
          return pageResult(page.items, page.paging, {
            noun: `widgets of ${call.account.name}`,
            key: "widgets",
            data: { api_requests: call.api.requestCount },
          });
        },
      });
      context.accountTool({
        name: "fixture_widgets_get",
        title: "Get a widget",
        description: "One widget; unknown ids are explained by the tool's 404 hint.",
        input: { widget_id: z.string().describe("Widget id.") },
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        errorHints: [
          {
            status: 404,
            when: messageMatches("widget_not_found"),
            hint: (input) => `No widget "${input.widget_id}": call fixture_widgets_list.`,
          },
        ],
        async handler(input, call) {
          const widget = await call.api.get("/accounts/{account_id}/widgets/{widget_id}", {
            params: { widget_id: input.widget_id },
          });
          return jsonResult({ widget });
        },
      });
      context.accountTool({
        name: "fixture_widgets_delete",
        title: "Delete widgets",
        description: "Always answered with 10000 by the API.",
        input: {},
        annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false },
        permission: { permission: "Widgets Edit", scope: "widgets:write" },
        async handler(_input, call) {
          await call.api.post("/accounts/{account_id}/forbidden", { body: { json: {} } });
          return jsonResult({});
        },
      });
      context.tool({
        name: "fixture_options_get",
        title: "Connection options",
        description: "Echoes the parsed connection options register received.",
        input: {},
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler() {
          return jsonResult({ options: connection.options });
        },
      });
      context.tool({
        name: "fixture_secrets_create",
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
        name: "fixture_items_list",
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
        name: "fixture_hang_get",
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
        name: "fixture_crash_get",
        title: "Crash",
        description: "Throws a plain error.",
        input: {},
        annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
        async handler() {
          throw new Error("internal detail that must not leak");
        },
      });
      const { current } = options;
      return current ? { current } : undefined;
    },
  });
}
