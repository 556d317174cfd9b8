// The api server's consent page in a real browser (Debian's Chromium through playwright-core):
// Cloudflare's scope catalogue grouped by product, three templates that differ, and a template
// choice that ticks its scopes in every group. UPDATE_SCREENSHOT=1 refreshes
// docs/images/api-consent.png for the api README.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "@repo/local-stack";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizationUrl, pkcePair, registerClient } from "../src/raw-oauth.ts";
import { useOAuthStack } from "../src/stack.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasBrowser = existsSync(CHROMIUM);
if (!hasBrowser)
  console.warn(`consent-api-browser: ${CHROMIUM} is missing (apt-get install chromium); skipped`);
const stack = useOAuthStack("api");
let browser: Browser;

beforeAll(async () => {
  if (!hasBrowser) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasBrowser)("the api server's consent page", () => {
  it("offers Cloudflare's scopes by product, with three different templates", async () => {
    const client = await registerClient(stack.app.url, "http://127.0.0.1:53997/cb");
    const context = await browser.newContext({
      viewport: { width: 430, height: 932 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    await page.goto(authorizationUrl(stack.app.url, client, { challenge: pkcePair().challenge }));
    await expect.poll(() => page.locator("h1").textContent()).toContain("Cloudflare API");

    const templates = page.locator("input[name=template]");
    expect(
      await templates.evaluateAll((inputs) => inputs.map((i) => i.getAttribute("value"))),
    ).toEqual(["read-only", "default", "full", "custom"]);
    const groups = await page.locator("summary").allTextContents();
    const products = groups.map((text) => text.replace(/\s+\d+ of \d+$/, ""));
    expect(products).toEqual(
      expect.arrayContaining([
        "Account",
        "Workers",
        "Storage and databases",
        "AI",
        "Zones and DNS",
      ]),
    );
    expect(groups.find((text) => text.startsWith("Workers"))).toMatch(/Workers 5 of 13/);
    const scopes = page.locator("input[name=scope]");
    expect(await scopes.count()).toBeGreaterThan(60);
    const scrollWidth = await page.locator("html").evaluate((html) => html.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(430);
    if (process.env.UPDATE_SCREENSHOT === "1") {
      // Every product folded but Workers: the page as a list of product groups.
      await page.locator("details").evaluateAll((all) => {
        for (const [index, details] of all.entries()) details.toggleAttribute("open", index === 1);
      });
      await page.screenshot({
        path: join(repoRoot(), "docs", "images", "api-consent.png"),
        fullPage: true,
      });
    }

    // Full access ticks the deleting scopes the other templates leave out, in every group.
    const deletes = page.locator("input[name=scope][value='workers_scripts:write']");
    expect(await deletes.isChecked()).toBe(false);
    await page.locator("input[name=template][value=default]").check();
    expect(await deletes.isChecked()).toBe(false);
    expect(await page.locator("input[name=scope][value='ai:write']").isChecked()).toBe(true);
    await page.locator("input[name=template][value=full]").check();
    expect(await deletes.isChecked()).toBe(true);
    expect(await page.locator("summary").nth(1).textContent()).toMatch(/Workers 13 of 13/);
    await context.close();
  });
});
