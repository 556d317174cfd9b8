// Scope: the MCP handshake and the tool catalogue (the kit's shared contract).
import { USER_TOKEN } from "@repo/emulator/identities";
import type { Permission } from "@repo/mcp-kit";
import { describeToolCatalogue, testApp } from "@repo/mcp-kit/testing";
import packageJson from "../package.json";
import { BUILDS_EDIT, BUILDS_READ, BUILDS_READ_WITH_SCRIPTS, SCRIPTS_READ } from "../src/hints";
import app from "../src/index";

const read = (permission: Permission) => ({
  readOnlyHint: true,
  destructiveHint: false,
  permission,
});

describeToolCatalogue({
  connect: testApp(app).connect,
  token: USER_TOKEN.value,
  server: { name: "cloudflare-workers-builds", version: packageJson.version },
  instructionsMention: "workers_builds_builds_diagnose",
  tools: {
    workers_builds_workers_list: read(SCRIPTS_READ),
    workers_builds_workers_get: read(SCRIPTS_READ),
    workers_builds_worker_code_get: read(SCRIPTS_READ),
    workers_builds_builds_list: read(BUILDS_READ_WITH_SCRIPTS),
    workers_builds_builds_get: read(BUILDS_READ),
    workers_builds_build_logs_get: read(BUILDS_READ_WITH_SCRIPTS),
    workers_builds_builds_diagnose: read(BUILDS_READ_WITH_SCRIPTS),
    workers_builds_triggers_list: read(BUILDS_READ_WITH_SCRIPTS),
    workers_builds_builds_trigger: {
      readOnlyHint: false,
      destructiveHint: false,
      permission: BUILDS_EDIT,
    },
    docs: { readOnlyHint: true, destructiveHint: false, accountScoped: false },
  },
});
