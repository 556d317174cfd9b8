/**
 * A gateway with logging off (`collect_logs: false`) stores no logs, so "no logs match" would
 * mislead: the tools ask the gateway once, only when a listing came back empty, and say so.
 */
import type { CallApi } from "@repo/mcp-kit";
import { getGateway } from "./api";

/** The sentence to show when `gatewayId` has logging off, else `undefined`. */
export async function loggingOffNote(api: CallApi, gatewayId: string): Promise<string | undefined> {
  const gateway = await getGateway(api, gatewayId);
  if (gateway.collect_logs !== false) return undefined;
  return `Logging is off for gateway "${gatewayId}" (collect_logs: false): it stores no logs, so there is nothing to list, search or analyze. Requests are recorded only after logging is turned on in the gateway's settings.`;
}
