// Client ID Metadata Documents beside dynamic registration: a client identified by the https URL
// of its metadata document completes the whole flow (consent page names its domain, upstream
// sign-in, token, tool call) without registering; a document whose redirect URI breaks the
// allow-list is refused before any redirect. The document is served over https by this test, with
// a throwaway certificate the server's runtime trusts through NODE_EXTRA_CA_CERTS.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import { join } from "node:path";
import { ACME_ACCOUNT } from "@repo/emulator/identities";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { walkAuthorization } from "../src/consent.ts";
import { authorizationUrl, pingMcp, pkcePair, redeem } from "../src/raw-oauth.ts";
import { useOAuthStack } from "../src/stack.ts";
import { UserAgent } from "../src/user-agent.ts";

const REDIRECT = "http://127.0.0.1:53777/callback";
// The suite's throwaway CA (src/global-setup.ts), which the servers' runtime trusts.
const certs = inject("oauthE2eServers").certs ?? "";
const hasOpenssl = certs !== "";
if (!hasOpenssl) console.warn("cimd: openssl is missing, so no https document server; skipped");

const stack = useOAuthStack("secrets-store");
let documents: Server;
let origin = "";
/** Path -> metadata document served at https://localhost:<port><path>. */
const served = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  if (!hasOpenssl) return;
  documents = createServer(
    { key: readFileSync(join(certs, "key.pem")), cert: readFileSync(join(certs, "cert.pem")) },
    (request, response) => {
      const document = served.get(request.url ?? "");
      response.writeHead(document ? 200 : 404, { "content-type": "application/json" });
      response.end(JSON.stringify(document ?? { error: "not found" }));
    },
  );
  await new Promise<void>((resolve) => documents.listen(0, "127.0.0.1", resolve));
  const address = documents.address();
  origin = `https://localhost:${typeof address === "object" && address ? address.port : 0}`;
  await stack.emulator.reset();
});

afterAll(async () => {
  await new Promise<void>((resolve) => (documents ? documents.close(() => resolve()) : resolve()));
});

/** Publishes a metadata document and returns its URL, which is the client's id. */
function publish(path: string, redirectUri: string, name: string): string {
  const clientId = `${origin}${path}`;
  served.set(path, {
    client_id: clientId,
    client_name: name,
    client_uri: origin,
    redirect_uris: [redirectUri],
    grant_types: ["authorization_code", "refresh_token"],
    response_types: ["code"],
    token_endpoint_auth_method: "none",
  });
  return clientId;
}

describe.skipIf(!hasOpenssl)("Client ID Metadata Documents", () => {
  it("are advertised beside dynamic registration", async () => {
    const metadata = (await (
      await fetch(`${stack.app.url}/.well-known/oauth-authorization-server`)
    ).json()) as {
      client_id_metadata_document_supported?: boolean;
      registration_endpoint?: string;
    };
    expect(metadata.client_id_metadata_document_supported).toBe(true);
    expect(metadata.registration_endpoint).toBe(`${stack.app.url}/register`);
  });

  it("let a client that never registered complete the flow and call a tool", async () => {
    const clientId = publish("/mcp-client.json", REDIRECT, "Metadata Client");
    const { verifier, challenge } = pkcePair();
    const client = { clientId, redirectUri: REDIRECT };
    const walked = await walkAuthorization(authorizationUrl(stack.app.url, client, { challenge }));
    expect(walked.consentPage.body).toContain("Metadata Client");
    expect(walked.consentPage.body).toContain("Published by <strong>localhost</strong>");
    const code = walked.redirect.searchParams.get("code");
    expect(code, String(walked.redirect)).toBeTruthy();

    const tokens = await redeem(stack.app.url, client, code as string, verifier);
    expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);
    expect(tokens.body.scope?.split(" ")).toContain("secrets_store:read");
    const ping = await pingMcp(stack.app.url, tokens.body.access_token as string);
    expect(ping.status).toBe(200);

    const call = await fetch(`${stack.app.url}/mcp`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${tokens.body.access_token}`,
        "content-type": "application/json",
        accept: "application/json, text/event-stream",
        "mcp-protocol-version": "2025-11-25",
      },
      body: JSON.stringify({
        jsonrpc: "2.0",
        id: 2,
        method: "tools/call",
        params: { name: "secrets_store_stores_list", arguments: { account_id: ACME_ACCOUNT.id } },
      }),
    });
    expect(await call.text()).toContain("default_secrets_store");
  });

  it("refuse a document whose redirect URI breaks the allow-list, before any redirect", async () => {
    const evil = "x-safari-https://evil.example/cb";
    const clientId = publish("/evil-client.json", evil, "Evil Client");
    const page = await new UserAgent().request(
      authorizationUrl(
        stack.app.url,
        { clientId, redirectUri: evil },
        { challenge: pkcePair().challenge },
      ),
    );
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
    expect(page.body).toContain("x-safari-https");
  });

  it("refuse a client id whose document cannot be fetched, without redirecting", async () => {
    const page = await new UserAgent().request(
      authorizationUrl(
        stack.app.url,
        { clientId: `${origin}/missing.json`, redirectUri: REDIRECT },
        { challenge: pkcePair().challenge },
      ),
    );
    expect(page.status).toBe(400);
    expect(page.location).toBeUndefined();
  });
});
