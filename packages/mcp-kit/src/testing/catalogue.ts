/**
 * The tool-catalogue contract every server keeps, as one shared test (as mcp-server-cloudflare's
 * `testStatelessMcpApp` does): the handshake, the exact tool set with each tool's hints and
 * permission, inputs described for a model, and a read-only connection that lists no tool that
 * can write. Each app's `test/tools-list.test.ts` calls {@link describeToolCatalogue}.
 */
import type { Client } from "@modelcontextprotocol/client";
import { describePermission, type Permission } from "@repo/auth";
import { describe, expect, it } from "vitest";
import { KIT_TOOL_NAMES } from "../tools/naming";
import { PERMISSION_META_KEY } from "../tools/registration";

export interface ExpectedTool {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  /** The permission the tool declares, shown in `_meta` as `describePermission` words it. */
  permission?: Permission;
  /** Whether the kit adds `account_id` (an account tool). Default true. */
  accountScoped?: boolean;
}

export interface ToolCatalogue {
  /** Connects a client (e.g. `testApp(app).connect`). */
  connect(token?: string, headers?: Record<string, string>, query?: string): Promise<Client>;
  /** A token that sees the seeded accounts. */
  token: string;
  /** `serverInfo` the handshake must announce. */
  server: { name: string; version: string };
  /** A phrase the server instructions must contain (e.g. the name of its main tool). */
  instructionsMention: string;
  /** Every tool the app registers (the kit's own tools are checked separately). */
  tools: Readonly<Record<string, ExpectedTool>>;
}

interface ListedTool {
  name: string;
  title?: string;
  description?: string;
  annotations?: Record<string, unknown>;
  inputSchema: { properties?: Record<string, { description?: string }> };
  _meta?: Record<string, unknown>;
}

export function describeToolCatalogue(catalogue: ToolCatalogue): void {
  const list = async (query?: string): Promise<ListedTool[]> => {
    const client = await catalogue.connect(catalogue.token, {}, query);
    return (await client.listTools()).tools as ListedTool[];
  };

  describe("tool catalogue", () => {
    it("announces the server, its version and instructions", async () => {
      const client = await catalogue.connect(catalogue.token);
      expect(client.getServerVersion()).toMatchObject(catalogue.server);
      expect(client.getInstructions()).toContain(catalogue.instructionsMention);
    });

    it("lists exactly the app's tools plus the kit's account tools", async () => {
      const names = (await list()).map((tool) => tool.name).sort();
      expect(names).toEqual(
        [...Object.keys(catalogue.tools), "accounts_list", "set_active_account"].sort(),
      );
    });

    it("gives every tool a title, a description for a model, all three hints and its permission", async () => {
      const tools = await list();
      for (const [name, expected] of Object.entries(catalogue.tools)) {
        const tool = tools.find((candidate) => candidate.name === name);
        expect(tool, name).toBeDefined();
        expect(tool?.title, name).toBeTruthy();
        expect(tool?.description?.length ?? 0, name).toBeGreaterThan(40);
        expect(tool?.annotations, name).toMatchObject({
          readOnlyHint: expected.readOnlyHint,
          destructiveHint: expected.destructiveHint,
          idempotentHint: expect.any(Boolean),
        });
        if (expected.permission !== undefined) {
          expect(tool?._meta?.[PERMISSION_META_KEY], name).toBe(
            describePermission(expected.permission),
          );
        }
      }
    });

    it("describes every input field, including the kit's account_id", async () => {
      for (const tool of await list()) {
        if (KIT_TOOL_NAMES.has(tool.name)) continue;
        const properties = tool.inputSchema.properties ?? {};
        if (catalogue.tools[tool.name]?.accountScoped !== false) {
          expect(Object.keys(properties), tool.name).toContain("account_id");
        }
        for (const [field, schema] of Object.entries(properties)) {
          expect(schema.description, `${tool.name}.${field}`).toBeTruthy();
        }
      }
    });

    it("lists only the read tools on a read-only connection", async () => {
      const names = (await list("?readonly=true")).map((tool) => tool.name).sort();
      const reads = Object.entries(catalogue.tools)
        .filter(([, expected]) => expected.readOnlyHint)
        .map(([name]) => name);
      expect(names).toEqual([...reads, "accounts_list", "set_active_account"].sort());
    });
  });
}
