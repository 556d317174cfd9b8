// Ports picked for servers that bind them later come from outside the OS's ephemeral range, so
// no outgoing connection of another process takes them in between; a bound port reads as busy.
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { findFreePort, isPortFree } from "../src/index.ts";

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("findFreePort", () => {
  it("picks distinct free ports below every common ephemeral range", async () => {
    const ports = await Promise.all(Array.from({ length: 20 }, () => findFreePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20000);
      expect(port).toBeLessThan(32768);
    }
    expect(new Set(ports).size).toBeGreaterThan(15);
  });

  it("gives a port a server can bind, which then reads as busy", async () => {
    const port = await findFreePort();
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    expect(await isPortFree(port)).toBe(false);
  });
});
