// Scope: the MCP handshake and the tool catalogue (the kit's shared contract).
import { USER_TOKEN } from "@repo/emulator/identities";
import { describeToolCatalogue, testApp } from "@repo/mcp-kit/testing";
import packageJson from "../package.json";
import app from "../src/index";
import { READ_PERMISSION } from "../src/tools/items.tools";

describeToolCatalogue({
  connect: testApp(app).connect,
  token: USER_TOKEN.value,
  server: { name: "cloudflare-my-product", version: packageJson.version },
  instructionsMention: "my_product_items_list",
  tools: {
    my_product_items_list: {
      readOnlyHint: true,
      destructiveHint: false,
      permission: READ_PERMISSION,
    },
    docs: { readOnlyHint: true, destructiveHint: false, accountScoped: false },
  },
});
