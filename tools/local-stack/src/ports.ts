// Loopback port helpers: pick a free port, or check that a fixed one is free before using it.
import { createServer } from "node:net";

const LOOPBACK = "127.0.0.1";
/**
 * Ports picked for servers that bind them later (often seconds later, in another process) come
 * from below every common ephemeral range (Linux 32768-60999, macOS and Windows 49152-65535): a
 * port the OS hands out for port 0 is also handed to other processes' outgoing connections, and
 * one of those can take it before the server binds.
 */
const PICKED_PORTS = { from: 20000, to: 32767 };
const ATTEMPTS = 50;

/** A port free on 127.0.0.1 right now, outside the ephemeral range (an explicit binder may still take it). */
export async function findFreePort(): Promise<number> {
  const span = PICKED_PORTS.to - PICKED_PORTS.from + 1;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const port = PICKED_PORTS.from + Math.floor(Math.random() * span);
    if (await isPortFree(port)) return port;
  }
  return ephemeralPort();
}

/** True when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen(port, LOOPBACK, () => server.close(() => resolve(true)));
  });
}

function ephemeralPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no port assigned"))));
    });
  });
}
