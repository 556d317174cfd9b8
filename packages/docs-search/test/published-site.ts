// The committed fixture of Cloudflare's published Markdown docs (test/fixtures/published), served
// by a fetch that answers like the docs site: for tests of the published source.
import kvIndex from "./fixtures/published/kv/llms.txt?raw";
import kvFull from "./fixtures/published/kv/llms-full.txt?raw";
import siteIndex from "./fixtures/published/llms.txt?raw";
import workersFull from "./fixtures/published/workers/llms-full.txt?raw";

export const PUBLISHED_BASE = "https://docs.example.test";

export const PUBLISHED_FILES: Readonly<Record<string, string>> = {
  "/llms.txt": siteIndex,
  "/workers/llms-full.txt": workersFull,
  "/kv/llms-full.txt": kvFull,
  "/kv/llms.txt": kvIndex,
};

/** A fetch serving the fixture site; records the paths asked for in `asked`. */
export function publishedFixtureFetch(asked: string[] = []): typeof fetch {
  return async (input) => {
    const url = new URL(String(input));
    asked.push(url.pathname);
    const body = url.origin === PUBLISHED_BASE ? PUBLISHED_FILES[url.pathname] : undefined;
    return body === undefined ? new Response("not found", { status: 404 }) : new Response(body);
  };
}
