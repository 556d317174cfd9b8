// Scope: how `pnpm dev` picks servers and ports from the environment, and refuses busy ports.
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertPortsAvailable, planStack } from "../src/cli/stack-plan.ts";
import { findFreePort } from "../src/index.ts";

const repoRoot = "/repo";

describe("planStack", () => {
  it("uses the contract's default ports and starts only apps that exist", () => {
    const plan = planStack({ env: {}, existingApps: ["secrets-store", "api"], repoRoot });
    expect(plan.emulator?.port).toBe(8787);
    expect(plan.apps.map((app) => [app.definition.name, app.port])).toEqual([
      ["api", 8788],
      ["secrets-store", 8791],
    ]);
    expect(plan.missingApps).toEqual(["ai-gateway", "workers-builds"]);
    expect(plan.persistTo).toBe("/repo/.wrangler/state");
  });

  it("honours each port variable", () => {
    const plan = planStack({
      env: { EMULATOR_PORT: "9000", SECRETS_STORE_PORT: "9004", AI_GATEWAY_PORT: "9002" },
      existingApps: ["secrets-store", "ai-gateway"],
      repoRoot,
    });
    expect(plan.emulator?.port).toBe(9000);
    expect(plan.apps.map((app) => app.port)).toEqual([9002, 9004]);
  });

  it("skips the emulator when CLOUDFLARE_API_BASE_URL points elsewhere", () => {
    const plan = planStack({
      env: { CLOUDFLARE_API_BASE_URL: "https://api.example.test/client/v4" },
      existingApps: ["secrets-store"],
      repoRoot,
    });
    expect(plan.emulator).toBeUndefined();
    expect(plan.externalApiBaseUrl).toBe("https://api.example.test/client/v4");
  });

  it("rejects a port variable that is not a port, naming the variable", () => {
    expect(() =>
      planStack({ env: { API_PORT: "eighty" }, existingApps: ["api"], repoRoot }),
    ).toThrow(/API_PORT=eighty is not a port number/);
  });
});

describe("assertPortsAvailable", () => {
  let blocker: Server;
  let busyPort: number;

  beforeAll(async () => {
    busyPort = await findFreePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(busyPort, "127.0.0.1", resolve));
  });

  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  it("names the variable to change when a fixed port is taken", async () => {
    const plan = planStack({
      env: { SECRETS_STORE_PORT: String(busyPort), EMULATOR_PORT: String(await findFreePort()) },
      existingApps: ["secrets-store"],
      repoRoot,
    });
    await expect(assertPortsAvailable(plan)).rejects.toThrow(
      `port ${busyPort} for secrets-store is already in use: stop what uses it or set SECRETS_STORE_PORT=<another port>`,
    );
  });

  it("reports two servers configured on the same port", async () => {
    const port = String(await findFreePort());
    const plan = planStack({
      env: { EMULATOR_PORT: port, SECRETS_STORE_PORT: port },
      existingApps: ["secrets-store"],
      repoRoot,
    });
    await expect(assertPortsAvailable(plan)).rejects.toThrow(
      `secrets-store and emulator both want port ${port}: change SECRETS_STORE_PORT`,
    );
  });

  it("passes when every port is free", async () => {
    const plan = planStack({
      env: {
        EMULATOR_PORT: String(await findFreePort()),
        SECRETS_STORE_PORT: String(await findFreePort()),
      },
      existingApps: ["secrets-store"],
      repoRoot,
    });
    await expect(assertPortsAvailable(plan)).resolves.toBeUndefined();
  });
});
