// Setup file: the test files share the suite's servers (src/global-setup.ts) one file at a time,
// so each starts from the emulator's seed whatever the file before it changed upstream.
import { beforeAll, inject } from "vitest";
import { resetEmulator } from "../src/stack.ts";

beforeAll(() => resetEmulator(inject("oauthE2eServers").emulator.url));
