// The auth proxy: adds the bearer token and otherwise forwards requests and responses unchanged,
// streaming both bodies (SSE included) and closing upstream requests whose client hung up.
import assert from "node:assert/strict";
import { once } from "node:events";
import {
  createServer,
  type IncomingMessage,
  request,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { type RunningAuthProxy, startAuthProxy } from "../src/auth-proxy.ts";

type Handler = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

let upstream: Server;
let handler: Handler;
let proxy: RunningAuthProxy;

before(async () => {
  upstream = createServer((incoming, outgoing) => handler(incoming, outgoing));
  upstream.listen(0, "127.0.0.1");
  await once(upstream, "listening");
  const { port } = upstream.address() as AddressInfo;
  proxy = await startAuthProxy({ target: `http://127.0.0.1:${port}`, token: "test-token" });
});

after(async () => {
  await proxy.stop();
  upstream.closeAllConnections();
  upstream.close();
});

/** Upstream answers with what it received: method, path, headers and body. */
function echo(): Handler {
  return async (incoming, outgoing) => {
    let body = "";
    for await (const chunk of incoming) body += chunk;
    outgoing.setHeader("content-type", "application/json");
    outgoing.setHeader("x-upstream", "yes");
    outgoing.statusCode = 201;
    outgoing.end(
      JSON.stringify({
        method: incoming.method,
        url: incoming.url,
        headers: incoming.headers,
        body,
      }),
    );
  };
}

/** A raw request, so that Host can be set the way a DNS-rebinding attacker would. */
function send(
  headers: Record<string, string>,
  body = "",
): Promise<{ status: number; headers: IncomingMessage["headers"]; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${proxy.url}/mcp?x=1`, { method: "POST", headers }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("auth proxy", () => {
  it("adds the bearer token and keeps method, path, body and other headers", async () => {
    handler = echo();
    const response = await send({ "content-type": "application/json", "x-custom": "1" }, "{}");
    const seen = JSON.parse(response.text);
    assert.equal(response.status, 201);
    assert.equal(response.headers["x-upstream"], "yes");
    assert.equal(seen.method, "POST");
    assert.equal(seen.url, "/mcp?x=1");
    assert.equal(seen.body, "{}");
    assert.equal(seen.headers.authorization, "Bearer test-token");
    assert.equal(seen.headers["x-custom"], "1");
  });

  it("keeps a foreign Host and Origin so the server can refuse them", async () => {
    handler = echo();
    const seen = JSON.parse(
      (await send({ host: "evil.example.com", origin: "http://evil.example.com" })).text,
    );
    assert.equal(seen.headers.host, "evil.example.com");
    assert.equal(seen.headers.origin, "http://evil.example.com");
  });

  it("leaves an Authorization header the client sent itself", async () => {
    handler = echo();
    const seen = JSON.parse((await send({ authorization: "Bearer other" })).text);
    assert.equal(seen.headers.authorization, "Bearer other");
  });

  it("delivers each SSE event before the stream ends", async () => {
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    handler = (_incoming, outgoing) => {
      outgoing.writeHead(200, { "content-type": "text/event-stream" });
      outgoing.write("data: first\n\n");
      void finished.then(() => outgoing.end("data: last\n\n"));
    };
    const response = await fetch(`${proxy.url}/mcp`, { method: "POST" });
    assert.equal(response.headers.get("content-type"), "text/event-stream");
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    // The upstream holds the stream open until `finish()`: the first event must arrive before.
    assert.equal((await reader.read()).value, "data: first\n\n");
    finish();
    let rest = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      rest += chunk.value;
    }
    assert.equal(rest, "data: last\n\n");
  });

  it("closes the upstream request when the client hangs up", async () => {
    const upstreamClosed = new Promise<void>((resolve) => {
      handler = (incoming, outgoing) => {
        outgoing.writeHead(200, { "content-type": "text/event-stream" });
        outgoing.write(": open\n\n");
        incoming.socket.once("close", () => resolve());
      };
    });
    const controller = new AbortController();
    const response = await fetch(`${proxy.url}/mcp`, { signal: controller.signal });
    await response.body!.getReader().read();
    controller.abort();
    await upstreamClosed;
  });

  it("answers 502 when the server is unreachable", async () => {
    const closed = await startAuthProxy({ target: "http://127.0.0.1:1", token: "never-echoed" });
    try {
      const response = await fetch(`${closed.url}/mcp`);
      assert.equal(response.status, 502);
      assert.doesNotMatch(await response.text(), /never-echoed/);
    } finally {
      await closed.stop();
    }
  });
});
