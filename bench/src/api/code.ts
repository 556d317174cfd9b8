// Code the api benchmark sends: different on every call, as agents write it (a fixed template
// with a varying query, path or product would let no cache help).

/** Words that occur in Cloudflare API paths, to vary walks over spec.paths. */
const PATH_WORDS = [
  "workers",
  "dns",
  "zones",
  "accounts",
  "r2",
  "kv",
  "d1",
  "queues",
  "pages",
  "waf",
  "rules",
  "ssl",
  "logs",
  "tunnels",
  "access",
  "images",
  "stream",
  "firewall",
  "load_balancers",
  "ai-gateway",
];

/** `spec.find` only: the isolate gets no spec. */
export function findCode(queries: readonly string[], i: number): string {
  const query = queries[i % queries.length] ?? "list workers";
  return `async () => (await spec.find(${JSON.stringify(query)}, { limit: 5 })).map((c) => c.method + " " + c.path + " #${i}")`;
}

/** Walks over spec.paths / spec.operations: the isolate gets the spec. Four shapes, varied. */
export function walkCode(i: number): string {
  const word = PATH_WORDS[i % PATH_WORDS.length] ?? "workers";
  switch (i % 4) {
    case 0:
      return `async () => Object.keys(spec.paths).filter((p) => p.includes(${JSON.stringify(word)})).slice(0, ${5 + (i % 7)})`;
    case 1:
      return `async () => spec.operations.filter((o) => o.path.includes(${JSON.stringify(word)}) && o.method === "POST").map((o) => ({ path: o.path, body: Object.keys(o.requestBody?.content ?? {}) })).slice(0, ${3 + (i % 5)})`;
    case 2:
      return `async () => { const ops = spec.operations.filter((o) => o.path.includes(${JSON.stringify(word)})); return ops.slice(0, 3).map((o) => ({ op: o.method + " " + o.path, params: o.parameters.map((p) => p.name) })).concat([{ n: ${i} }]); }`;
    default:
      return `async () => spec.products.filter((p) => p.includes(${JSON.stringify(word.slice(0, 2))})).length + ${i}`;
  }
}

/** One API request through the gate. */
export function executeCode(i: number): string {
  return i % 2 === 0
    ? `async () => (await cloudflare.request({ path: "/accounts" })).result.map((a) => a.name + " #${i}")`
    : `async () => { const r = await cloudflare.request({ path: "/zones", query: { per_page: ${5 + (i % 10)} } }); return { ok: r.success, n: r.result?.length ?? 0, i: ${i} }; }`;
}

/** No request at all: the sandbox's cost alone. */
export function noopCode(i: number): string {
  return `async () => ${i}`;
}
