// Scope: a process that started Workers and is then SIGKILLed leaves no wrangler or workerd behind.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { isPortFree } from "../src/index.ts";
import { eventually, orphanCheckScript, processesUsingPort } from "./helpers.ts";

describe("when the owning process dies abruptly", () => {
  it("the watchdog stops the Worker's whole process group", async () => {
    const owner = spawn(process.execPath, [orphanCheckScript], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [line] = (await once(createInterface({ input: owner.stdout }), "line")) as [string];
    const { port } = JSON.parse(line) as { port: number };
    expect(processesUsingPort(port).length).toBeGreaterThan(0);

    owner.kill("SIGKILL");
    await once(owner, "exit");

    expect(await eventually(async () => processesUsingPort(port).length === 0)).toBe(true);
    expect(await isPortFree(port)).toBe(true);
  });
});
