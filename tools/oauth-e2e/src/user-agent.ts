/**
 * A scripted browser for OAuth flows over plain fetch: it keeps cookies per host (like a browser,
 * ports ignored), follows redirects one hop at a time, and submits the two forms a user would: our
 * consent page and the emulator's Cloudflare sign-in page. Tests use it to walk the flow the way a
 * person does, and to break it on purpose (no cookie, wrong handle).
 */

export interface Hop {
  url: string;
  status: number;
  location: string | undefined;
  body: string;
}

export class UserAgent {
  readonly #cookies = new Map<string, Map<string, string>>();

  async request(
    url: string,
    init: { method?: string; form?: Record<string, string | string[]>; cookies?: boolean } = {},
  ): Promise<Hop> {
    const target = new URL(url);
    const headers = new Headers();
    if (init.cookies !== false) {
      const jar = this.#cookies.get(target.hostname);
      if (jar && jar.size > 0)
        headers.set("cookie", [...jar].map(([k, v]) => `${k}=${v}`).join("; "));
    }
    let body: URLSearchParams | undefined;
    if (init.form) {
      body = new URLSearchParams();
      for (const [key, value] of Object.entries(init.form)) {
        for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
      }
      headers.set("content-type", "application/x-www-form-urlencoded");
      headers.set("origin", target.origin);
    }
    const response = await fetch(target, {
      method: init.method ?? (body ? "POST" : "GET"),
      headers,
      body,
      redirect: "manual",
    });
    this.#store(target.hostname, response.headers.getSetCookie());
    const location = response.headers.get("location") ?? undefined;
    return {
      url,
      status: response.status,
      location: location ? new URL(location, target).toString() : undefined,
      body: await response.text(),
    };
  }

  /** Forgets every cookie (a different browser). */
  clearCookies(): void {
    this.#cookies.clear();
  }

  #store(host: string, setCookies: string[]): void {
    const jar = this.#cookies.get(host) ?? new Map<string, string>();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(";");
      const index = pair?.indexOf("=") ?? -1;
      if (!pair || index < 0) continue;
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    this.#cookies.set(host, jar);
  }
}

/** The value of `<input ... name="NAME" value="...">` in a page. */
export function inputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html);
  return match?.[1] ? unescapeHtml(match[1]) : undefined;
}

/** Every hidden input of the first form. */
export function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1] as string] = unescapeHtml(match[2] as string);
  }
  return fields;
}

function unescapeHtml(value: string): string {
  return value.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
