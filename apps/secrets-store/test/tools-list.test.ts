// Scope: the MCP handshake and the tool catalogue (the kit's shared contract), plus the scope enum.
import { USER_TOKEN } from "@repo/emulator/identities";
import { describeToolCatalogue, testApp } from "@repo/mcp-kit/testing";
import { expect, it } from "vitest";
import packageJson from "../package.json";
import app from "../src/index";

const server = testApp(app);
const READ = { readOnlyHint: true, destructiveHint: false, permission: "Secrets Store Read" };
const WRITE = { readOnlyHint: false, destructiveHint: false, permission: "Secrets Store Edit" };
const DESTROY = { readOnlyHint: false, destructiveHint: true, permission: "Secrets Store Edit" };

describeToolCatalogue({
  connect: server.connect,
  token: USER_TOKEN.value,
  server: { name: "cloudflare-secrets-store", version: packageJson.version },
  instructionsMention: "write-only",
  tools: {
    secrets_store_stores_list: READ,
    secrets_store_stores_create: WRITE,
    secrets_store_stores_delete: DESTROY,
    secrets_store_secrets_list: READ,
    secrets_store_secrets_get: READ,
    secrets_store_secrets_create: WRITE,
    secrets_store_secrets_update: DESTROY,
    secrets_store_secrets_delete: DESTROY,
    secrets_store_secrets_duplicate: WRITE,
    secrets_store_secrets_rotate: DESTROY,
    secrets_store_quota_get: READ,
    docs: { readOnlyHint: true, destructiveHint: false, accountScoped: false },
  },
});

it("offers the spec's scope enum on secret creation", async () => {
  const client = await server.connect(USER_TOKEN.value);
  const { tools } = await client.listTools();
  const create = tools.find((tool) => tool.name === "secrets_store_secrets_create");
  expect(JSON.stringify(create?.inputSchema)).toContain(
    '["workers","ai_gateway","dex","access","containers","websearch"]',
  );
});
