// Scope: the product-scoped docs tool: listed, limited to the workers docs, and answering from
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
  product: "workers",
  corpus,
  answers: {
    query: "failed deploy command",
    url: "https://developers.cloudflare.example/workers/ci-cd/builds/fixture-configuration/",
  },
  elsewhere: "logging off nothing recorded",
});
