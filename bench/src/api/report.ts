// The api benchmark's results for people (bench/results/api-server.md).

// biome-ignore lint/suspicious/noExplicitAny: the results object is built and typed in api-server.ts.
type Results = any;

const yes = (ok: boolean) => (ok ? "yes" : "**no**");

export function renderMarkdown(r: Results): string {
  const t = r.tokens;
  const l = r.latency;
  const b = r.execute.breakdown;
  const s = r.soak;
  const samples = s.samples
    .map((sample: { calls: number; rssMb: number }) => `${sample.calls}: ${sample.rssMb}`)
    .join(", ");
  return `# api server benchmark

Measured ${r.measuredAt} on ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, spec ${r.spec}, against the local emulator, with the server started as \`pnpm dev\` starts it (one workerd runtime through Miniflare, and the supervised local sandbox). Latencies are client-side round trips of MCP calls over Streamable HTTP, one client, ${l.tools_list.runs} calls each; **new code on every call** unless labelled. Load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end (this bench's own load)${r.provisional ? ": **provisional** (the machine was busy; re-measure on an idle machine)" : ""}.

| Figure | p50 / p95 (ms) | Target | Met |
| --- | --- | --- | --- |
| search, new code calling only \`spec.find\` | ${l.search_find_new.p50} / ${l.search_find_new.p95} | p50 ≤ ${r.targets.findNewP50Ms} | ${yes(l.search_find_new.p50 <= r.targets.findNewP50Ms)} |
| search, new code walking \`spec.paths\` / \`spec.operations\` | ${l.search_walk_new.p50} / ${l.search_walk_new.p95} | p50 ≤ ${r.targets.walkNewP50Ms} | ${yes(l.search_walk_new.p50 <= r.targets.walkNewP50Ms)} |
| search, the same code again (labelled: agents rarely repeat code) | ${l.search_find_same_code.p50} / ${l.search_find_same_code.p95} | | |
| first search after start (the server loads the spec) | ${r.firstSearchMs} | | |
| execute overhead over a direct API call | ${r.execute.overhead_vs_direct_p50} | ≤ ${r.execute.overhead_target_p50} | ${yes(r.execute.overhead_vs_direct_p50 <= r.execute.overhead_target_p50)} |

Where an execute call's time goes (p50s; differences of the rows below):

| Part | ms |
| --- | --- |
| MCP round trip (tools/list: client, the server's HTTP and MCP handling) | ${b.mcp_round_trip} |
| a tool call with authentication, no API request (accounts_list − tools/list) | ${b.tool_and_auth} |
| the sandbox (execute without a request − accounts_list) | ${b.sandbox} |
| … of which a run through the local sandbox straight from Node (supervisor, sandbox process, fresh isolate) | ${b.sandbox_round_trip_from_node} |
| one API request through the gate (execute with one request − execute without) | ${b.api_request_via_gate} |
| the same request made directly | ${b.direct_api_request} |

| Raw p50 / p95 (ms) | |
| --- | --- |
| tools/list | ${l.tools_list.p50} / ${l.tools_list.p95} |
| direct API call | ${l.direct_api.p50} / ${l.direct_api.p95} |
| accounts_list | ${l.plain_tool.p50} / ${l.plain_tool.p95} |
| execute, no request | ${l.execute_noop.p50} / ${l.execute_noop.p95} |
| execute, one request | ${l.execute_one_request.p50} / ${l.execute_one_request.p95} |
| local sandbox run from Node | ${l.sandbox_round_trip.p50} / ${l.sandbox_round_trip.p95} |

Soak: ${s.searches} new-code searches (half \`spec.find\`, half walks) and ${s.executes} new-code executes from ${s.clients} concurrent clients, ${s.seconds} s.

| Figure | Value | Target | Met |
| --- | --- | --- | --- |
| errors | ${s.errors} of ${s.calls} | 0 | ${yes(s.errors === 0)} |
| RSS of the server's processes at the end: host runtime (workerd), sandbox supervisor and processes | ${s.rssEndMb} MB (runtimes ${s.memoryAtEnd.runtimesMb}, sandbox ${s.memoryAtEnd.sandboxMb}; start ${s.rssAtStartMb}, max ${s.rssMaxMb}) | ≤ ${r.targets.soakMaxRssMb} MB | ${yes(s.rssEndMb <= r.targets.soakMaxRssMb)} |
| the Node process that drives the runtime through Miniflare (development tooling, not counted above) | ${s.memoryAtEnd.toolingMb} MB | | |
| growth over the last 1,000 calls: all / the runtimes alone | ${s.growthLast1000CallsMb} / ${s.runtimesGrowthLast1000CallsMb} MB | stops growing | |
| highest sample in the 1,000 calls before the last 1,000 / in the last 1,000 | ${s.peakMb.previous1000Calls} / ${s.peakMb.last1000Calls} MB | | |
| sandbox processes stopped (by reason) | ${Object.entries(s.sandboxProcessesStopped)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")} | | |

RSS (MB) by calls: ${samples}

| Other figures | |
| --- | --- |
| tools/list, search + execute + docs (cl100k / o200k tokens) | ${t.codemode_search_execute_docs.cl100k_base} / ${t.codemode_search_execute_docs.o200k_base} (target ≤ ${r.targets.codemodeTokensCl100k} cl100k) |
| tools/list, whole Code Mode list (cl100k / o200k) | ${t.codemode_whole_list.cl100k_base} / ${t.codemode_whole_list.o200k_base} |
| tools/list, ?codemode=false (${t.codemode_false_tools} tools; cl100k / o200k; round trip) | ${t.codemode_false_whole_list.cl100k_base} / ${t.codemode_false_whole_list.o200k_base}; ${t.codemode_false_list_ms} ms |
| spec.find recall@5 / MRR (${r.ranking.queries} queries) | ${r.ranking.recallAt5} / ${r.ranking.mrr} |
`;
}
