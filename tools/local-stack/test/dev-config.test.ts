// Scope: every server's wrangler.jsonc follows the local-development convention (the top level is
// local dev: a "-dev" name, a port of its own, the emulator's API and OAuth app as vars), and so
// does the generator's template; startApp moves those vars to the emulator it is given.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  DEV_OAUTH_COOKIE_SECRET,
  OAUTH_AUTHORIZE_PATH,
  OAUTH_CLIENT,
  OAUTH_TOKEN_PATH,
} from "@repo/emulator/seed/oauth";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../src/index.ts";
import { devPortOf, devVarsFor, readDevConfig } from "../src/wrangler-config.ts";

const root = repoRoot();
const emulatorOrigin = `http://127.0.0.1:${devPortOf(join(root, "tools", "emulator"))}`;
const apps = readdirSync(join(root, "apps"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(root, "apps", entry.name));
const template = join(root, "tools", "create-server", "template", "app");

const expectedVars = {
  CLOUDFLARE_API_BASE_URL: `${emulatorOrigin}/client/v4`,
  CLOUDFLARE_OAUTH_AUTHORIZE_URL: `${emulatorOrigin}${OAUTH_AUTHORIZE_PATH}`,
  CLOUDFLARE_OAUTH_TOKEN_URL: `${emulatorOrigin}${OAUTH_TOKEN_PATH}`,
  CLOUDFLARE_OAUTH_CLIENT_ID: OAUTH_CLIENT.id,
  CLOUDFLARE_OAUTH_CLIENT_SECRET: OAUTH_CLIENT.secret,
  OAUTH_COOKIE_SECRET: DEV_OAUTH_COOKIE_SECRET,
};

describe("the top level of each wrangler.jsonc is local development", () => {
  it.each([...apps, template])("%s points at the emulator's API and OAuth app", (dir) => {
    expect(readDevConfig(dir).vars).toMatchObject(expectedVars);
  });

  it("gives every server a port of its own, apart from the emulator's", () => {
    const ports = apps.map((dir) => devPortOf(dir));
    expect(new Set([...ports, Number(new URL(emulatorOrigin).port)]).size).toBe(ports.length + 1);
  });
});

describe("devVarsFor", () => {
  it("moves every value naming the configured emulator to the running one", () => {
    const moved = devVarsFor(
      join(root, "apps", "secrets-store"),
      emulatorOrigin,
      "http://127.0.0.1:40001",
    );
    expect(moved).toEqual({
      CLOUDFLARE_API_BASE_URL: "http://127.0.0.1:40001/client/v4",
      CLOUDFLARE_OAUTH_AUTHORIZE_URL: `http://127.0.0.1:40001${OAUTH_AUTHORIZE_PATH}`,
      CLOUDFLARE_OAUTH_TOKEN_URL: `http://127.0.0.1:40001${OAUTH_TOKEN_PATH}`,
    });
  });
});
