// Scope: the product-scoped docs tool: listed, limited to the secrets-store docs, and answering from
// a small index (test/fixtures/docs.jsonl, written for these tests) written into DOCS_DB.

import { USER_TOKEN } from "@repo/emulator/identities";
import { testApp } from "@repo/mcp-kit/testing";
import { describeScopedDocsTool } from "@repo/mcp-kit/testing/docs";
import app from "../src/index";
import corpus from "./fixtures/docs.jsonl?raw";

const stack = testApp(app);

describeScopedDocsTool({
  connect: stack.connect,
  token: USER_TOKEN.value,
  db: stack.env.DOCS_DB!,
  product: "secrets-store",
  corpus,
  answers: {
    query: "rotate a credential binding",
    url: "https://developers.cloudflare.example/secrets-store/fixture-rotate/",
  },
  elsewhere: "cron expression Monday",
});
