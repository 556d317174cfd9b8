import { Client, StreamableHTTPClientTransport } from "@modelcontextprotocol/client";
const client = new Client({ name: "x", version: "0" });
await client.connect(new StreamableHTTPClientTransport(new URL(process.argv[2]), { requestInit: { headers: { Authorization: "Bearer cfemu_user_token" } } }));
const r: any = await client.callTool({ name: process.argv[3], arguments: JSON.parse(process.argv[4]) });
console.log(JSON.stringify(r).slice(0, 1500));
await client.close();
