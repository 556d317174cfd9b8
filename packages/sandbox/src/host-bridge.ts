/**
 * The isolate's only way out: an RpcTarget whose one method, `call(name, args)`, runs a function
 * the host chose to expose. It stays in the host (credentials never cross into the isolate) and
 * closes when the run ends, so code still running after a timeout cannot reach anything.
 */
import { RpcTarget } from "cloudflare:workers";
import { type HostFunctions, invokeHostFunction } from "./host-functions.ts";

export class HostBridge extends RpcTarget {
  readonly #functions: HostFunctions;
  #open = true;

  constructor(functions: HostFunctions) {
    super();
    this.#functions = functions;
  }

  /** Ends the bridge (a static, so the isolate cannot call it over RPC). */
  static close(bridge: HostBridge): void {
    bridge.#open = false;
  }

  async call(name: unknown, args: unknown): Promise<unknown> {
    return invokeHostFunction(this.#functions, name, args, () => this.#open);
  }
}
