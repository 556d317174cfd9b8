/**
 * A loopback HTTP proxy that adds `Authorization: Bearer <token>` to every request it forwards.
 *
 * Why it exists: the conformance CLI (0.1.16) builds its MCP client from the server URL alone and
 * offers no option to send headers, while every server of this repo answers 401 without a
 * Cloudflare API token. The proxy sits between them and changes nothing else: method, path, the
 * other headers (Host and Origin included, which the DNS-rebinding scenario depends on) and both
 * bodies pass through as streams, so SSE responses reach the client event by event.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

// Hop-by-hop headers describe one connection, not the message (RFC 9110 §7.6.1): a proxy must not
// forward them. Node re-frames both bodies itself (chunked or Content-Length) on each side.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

export interface AuthProxyOptions {
  /** Origin of the server to forward to, e.g. http://127.0.0.1:8791. */
  target: string;
  /** Bearer token added to requests that carry no Authorization header of their own. */
  token: string;
}

export interface RunningAuthProxy {
  /** http://127.0.0.1:PORT: use it in place of the target origin. */
  url: string;
  /** Stops accepting connections and drops the open ones (SSE streams never end on their own). */
  stop(): Promise<void>;
}

export async function startAuthProxy(options: AuthProxyOptions): Promise<RunningAuthProxy> {
  const target = new URL(options.target);
  if (target.protocol !== "http:") throw new Error(`auth proxy: only http targets (${target})`);
  const server = createServer(function forward(incoming, outgoing) {
    forwardRequest(target, options.token, incoming, outgoing);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return stopping;
    },
  };
}

function forwardRequest(
  target: URL,
  token: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): void {
  const headers = endToEndHeaders(incoming.headers);
  headers.authorization ??= `Bearer ${token}`;
  const upstream = httpRequest({
    hostname: target.hostname,
    port: target.port,
    method: incoming.method,
    path: incoming.url,
    headers,
  });
  upstream.on("response", (response) => {
    outgoing.writeHead(response.statusCode ?? 502, endToEndHeaders(response.headers));
    // Send headers now: an SSE response may not write its first event for a while.
    outgoing.flushHeaders();
    response.pipe(outgoing);
    response.on("error", () => outgoing.destroy());
  });
  upstream.on("error", (error) => {
    if (outgoing.headersSent) {
      outgoing.destroy();
      return;
    }
    outgoing.writeHead(502, { "content-type": "text/plain" });
    outgoing.end(`auth proxy: upstream ${target.origin} failed: ${error.message}`);
  });
  // A client that hangs up (e.g. closing an SSE stream) must close the upstream request too.
  outgoing.on("close", () => {
    if (!outgoing.writableFinished) upstream.destroy();
  });
  incoming.pipe(upstream);
}

function endToEndHeaders(headers: IncomingHttpHeaders): OutgoingHttpHeaders {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((name) => name.trim().toLowerCase()),
  );
  const result: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name) || named.has(name)) continue;
    result[name] = value;
  }
  return result;
}
