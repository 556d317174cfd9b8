// One run through the local sandbox straight from Node, without the api server: the supervisor's
// WebSocket, a sandbox process, a fresh isolate and back. The sandbox's share of an execute call.

const MAIN = `import { WorkerEntrypoint } from "cloudflare:workers";
export default class extends WorkerEntrypoint {
  async run(host, input) { return { ok: true, json: JSON.stringify(input), logs: [] }; }
}`;

export function sandboxRoundTrip(
  vars: { SANDBOX_URL: string; SANDBOX_SECRET: string },
  i: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // Node's WebSocket (undici) accepts headers beside the protocols.
    const socket = new WebSocket(vars.SANDBOX_URL.replace(/^http/, "ws"), {
      headers: { "x-sandbox-secret": vars.SANDBOX_SECRET },
    } as unknown as string[]);
    socket.addEventListener("open", () => {
      const modules = { "main.js": { js: `${MAIN}\n// ${i}` } };
      socket.send(JSON.stringify({ t: "run", modules, input: i, timeoutMs: 5_000 }));
    });
    socket.addEventListener("message", (event) => {
      const message = JSON.parse(String(event.data)) as { t: string; outcome?: { ok: boolean } };
      if (message.t !== "done") return;
      socket.close();
      if (message.outcome?.ok) resolve();
      else reject(new Error(`sandbox run failed: ${String(event.data)}`));
    });
    socket.addEventListener("error", () => reject(new Error("sandbox socket failed")));
  });
}
