// The consent page in a real browser (Debian's Chromium through playwright-core), on a phone-sized
// screen: it names the client and where tokens go, the user changes the scopes, approves, signs in
// at the emulator's Cloudflare page, and the token carries exactly the scopes chosen.
// UPDATE_SCREENSHOT=1 refreshes docs/images/consent.png for the README.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@repo/local-stack";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationUrl, pkcePair, redeem, registerClient } from "../src/raw-oauth.ts";
import { useOAuthStack } from "../src/stack.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// .ci/run installs Debian's chromium when it is missing; a machine where that is impossible skips
// this file with a warning instead of failing every other package's run.
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser)
  console.warn(`consent-browser: ${CHROMIUM} is missing (apt-get install chromium); skipped`);
const stack = useOAuthStack("secrets-store");
const REDIRECT = "http://127.0.0.1:53998/cb";
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
  await stack.emulator.reset();
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasBrowser)("consent page in a browser", () => {
  it("shows the client, lets the user change scopes, and grants exactly those", async () => {
    const client = await registerClient(stack.app.url, REDIRECT);
    const { verifier, challenge } = pkcePair();
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    let landed: URL | undefined;
    // Nothing listens at the client's redirect URI: the browser's attempt to go there is the result.
    page.on("request", (request) => {
      if (request.url().startsWith(REDIRECT)) landed = new URL(request.url());
    });

    await page.goto(
      authorizationUrl(stack.app.url, client, { challenge, scope: "secrets_store:read" }),
    );
    await expect.poll(() => page.locator("h1").textContent()).toContain("Raw client");
    expect(await page.locator("#redirect-host").textContent()).toBe("127.0.0.1");
    const template = (id: string) => page.locator(`input[name=template][value=${id}]`);
    const readOnly = template("read-only");
    expect(await readOnly.isChecked()).toBe(true);
    // Default would hold only what Read only holds (every Secrets Store write also deletes): merged.
    expect(
      await page
        .locator("input[name=template]")
        .evaluateAll((inputs) => inputs.map((input) => input.getAttribute("value"))),
    ).toEqual(["read-only", "full", "custom"]);
    expect(await page.locator("summary").allTextContents()).toEqual([
      "Account 3 of 3",
      "Storage and databases 1 of 2",
    ]);
    const write = page.getByRole("checkbox", { name: /secrets_store:write/ });
    expect(await write.isChecked()).toBe(false);
    // The page fits a phone: nothing scrolls sideways.
    const scrollWidth = await page.locator("html").evaluate((html) => html.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    if (process.env.UPDATE_SCREENSHOT === "1") {
      await page.screenshot({
        path: join(repoRoot(), "docs", "images", "consent.png"),
        fullPage: true,
      });
    }

    // A template ticks its scopes; unticking back to another template's set selects that one;
    // any other set is "Custom", and the server grants exactly what is ticked.
    await template("full").check();
    expect(await write.isChecked()).toBe(true);
    expect(await page.locator("summary").nth(1).textContent()).toBe("Storage and databases 2 of 2");
    await write.uncheck();
    expect(await readOnly.isChecked()).toBe(true);
    await write.check();
    await page.getByRole("checkbox", { name: /secrets_store:read/ }).uncheck();
    expect(await template("custom").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Allow" }).click();

    await page.waitForURL(/\/oauth2\/auth/);
    expect(await page.locator("#scopes").textContent()).toContain("secrets_store:write");
    await page.getByRole("button", { name: "Authorize" }).click();
    await expect.poll(() => landed?.searchParams.get("code") ?? null).not.toBeNull();
    expect(landed?.searchParams.get("iss")).toBe(stack.app.url);

    const tokens = await redeem(
      stack.app.url,
      client,
      landed?.searchParams.get("code") as string,
      verifier,
    );
    expect(tokens.status).toBe(200);
    expect(tokens.body.scope?.split(" ").sort()).toEqual(
      ["account:read", "offline_access", "secrets_store:write", "user:read"].sort(),
    );
    await context.close();
  });
});
