/**
 * Walks one authorization the way a user does: our consent page (choose scopes, Allow), then the
 * emulator's Cloudflare sign-in page (Authorize), then back through the server's callback to the
 * client's redirect URI. Returns each step, so tests can assert on the pages and the final redirect.
 */
import { type Hop, hiddenInputs, inputValue, UserAgent } from "./user-agent.ts";

export interface ConsentChoice {
  /** "read-only" | "default" | "full" | "custom" (then `scopes`). Default: the preselected template. */
  template?: string;
  scopes?: string[];
  decision?: "approve" | "deny";
}

export interface WalkedAuthorization {
  consentPage: Hop;
  /** Where the browser finally lands: the client's redirect URI with code (or error), state, iss. */
  redirect: URL;
  /** The emulator's sign-in page, when the flow went there. */
  upstreamPage?: Hop;
}

export async function walkAuthorization(
  authorizationUrl: string | URL,
  choice: ConsentChoice = {},
  agent = new UserAgent(),
): Promise<WalkedAuthorization> {
  const consentPage = await agent.request(String(authorizationUrl));
  if (consentPage.status === 302 && consentPage.location) {
    // Remembered consent: the server went straight to Cloudflare.
    return { consentPage, ...(await followUpstream(agent, consentPage.location)) };
  }
  if (consentPage.status !== 200)
    throw new Error(
      `consent page answered ${consentPage.status}: ${consentPage.body.slice(0, 300)}`,
    );
  const handle = inputValue(consentPage.body, "handle");
  if (!handle) throw new Error("the consent page has no handle");
  const selected = /<input type="radio" name="template" value="([^"]+)"[^>]*checked/.exec(
    consentPage.body,
  )?.[1];
  const posted = await agent.request(new URL("/authorize", String(authorizationUrl)).toString(), {
    form: {
      handle,
      decision: choice.decision ?? "approve",
      template: choice.template ?? selected ?? "read-only",
      scope: choice.scopes ?? [],
    },
  });
  if (posted.status !== 302 || !posted.location)
    throw new Error(`consent POST answered ${posted.status}: ${posted.body.slice(0, 300)}`);
  if (choice.decision === "deny") return { consentPage, redirect: new URL(posted.location) };
  return { consentPage, ...(await followUpstream(agent, posted.location)) };
}

async function followUpstream(
  agent: UserAgent,
  upstreamUrl: string,
): Promise<{ redirect: URL; upstreamPage: Hop }> {
  const upstreamPage = await agent.request(upstreamUrl);
  if (upstreamPage.status !== 200)
    throw new Error(
      `upstream page answered ${upstreamPage.status}: ${upstreamPage.body.slice(0, 300)}`,
    );
  const approved = await agent.request(new URL("/oauth2/auth", upstreamUrl).toString(), {
    form: { ...hiddenInputs(upstreamPage.body), decision: "approve" },
  });
  if (approved.status !== 302 || !approved.location)
    throw new Error(`upstream approval answered ${approved.status}`);
  const callback = await agent.request(approved.location);
  if (callback.status !== 302 || !callback.location)
    throw new Error(`callback answered ${callback.status}: ${callback.body.slice(0, 300)}`);
  return { upstreamPage, redirect: new URL(callback.location) };
}
