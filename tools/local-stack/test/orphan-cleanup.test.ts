// Scope: a process that started a Worker and is then SIGKILLed leaves no wrangler, no workerd and
// no temporary state folder behind.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { isPortFree } from "../src/index.ts";
import { eventually, orphanCheckScript, processesUsingPort } from "./helpers.ts";

describe("when the owning process dies abruptly", () => {
  it("the watchdog stops the Worker's process group and deletes its temporary state", async () => {
    const owner = spawn(process.execPath, [orphanCheckScript], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const [line] = (await once(createInterface({ input: owner.stdout }), "line")) as [string];
    const { port } = JSON.parse(line) as { port: number };
    const persistDir = processesUsingPort(port)
      .map((command) => /--persist-to (\S+)/.exec(command)?.[1])
      .find((dir) => dir !== undefined);
    expect(persistDir && existsSync(persistDir)).toBe(true);

    owner.kill("SIGKILL");
    await once(owner, "exit");

    expect(await eventually(async () => processesUsingPort(port).length === 0)).toBe(true);
    expect(await isPortFree(port)).toBe(true);
    expect(await eventually(() => !existsSync(persistDir!))).toBe(true);
  });
});
