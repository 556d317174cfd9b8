/**
 * The single SQLite-backed Durable Object that owns all emulator state. Its constructor creates
 * or migrates the schema and seeds demo data the first time; every request then runs against
 * `ctx.storage.sql`, so data survives restarts whenever wrangler persists state.
 */
import { DurableObject } from "cloudflare:workers";
import { noRoute } from "./api-errors";
import { handleControlRequest } from "./control";
import { createDb, type Db, formatTimestamp } from "./db";
import { API_PREFIX, handleApiRequest } from "./dispatch";
import type { Env } from "./env";
import { failure } from "./envelope";
import { Behaviour } from "./harness/behaviour";
import { Faults } from "./harness/faults";
import { Journal, journalBody } from "./harness/journal";
import { handleHarnessRequest } from "./harness/routes";
import { PRODUCTS } from "./products";
import { handleOAuthRequest } from "./products/oauth";
import { createRouter, type Router } from "./router";
import { openStorage, resetStorage, SCHEMA_VERSION } from "./storage";

export class EmulatorObject extends DurableObject<Env> {
  readonly #db: Db;
  readonly #router: Router;
  readonly #instanceId = crypto.randomUUID();
  readonly #startedAt = formatTimestamp(new Date());
  readonly #harness = { behaviour: new Behaviour(), faults: new Faults(), journal: new Journal() };

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#db = createDb(ctx.storage);
    // SQLite calls are synchronous, so the schema is ready before any request is delivered.
    openStorage(this.#db, PRODUCTS);
    this.#router = createRouter(PRODUCTS.flatMap((product) => product.routes));
  }

  override async fetch(request: Request): Promise<Response> {
    const response = await this.#respond(request);
    // Drain bodies the handler never read (errors raised before parsing): workerd reports an
    // uncaught "Can't read from request stream after response has been sent" otherwise.
    if (request.body && !request.bodyUsed) await request.arrayBuffer();
    return response;
  }

  async #respond(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)) {
      const apiPath = url.pathname.slice(API_PREFIX.length) || "/";
      const { body, contentType } = await journalBody(request);
      const response = await handleApiRequest(request, url, apiPath, {
        db: this.#db,
        router: this.#router,
        behaviour: this.#harness.behaviour,
        faults: this.#harness.faults,
      });
      const match = this.#router.match(request.method, apiPath);
      this.#harness.journal.record({
        method: request.method,
        path: apiPath,
        query: url.search.slice(1),
        route: match.kind === "found" ? match.route.path : null,
        status: response.status,
        body,
        content_type: contentType,
      });
      return response;
    }
    const oauth = await handleOAuthRequest(request, url, this.#db);
    if (oauth) return oauth;
    const harness = await handleHarnessRequest(
      request,
      url.pathname.replace(/\/+$/, ""),
      url,
      this.#harness,
    );
    if (harness) return harness;
    const control = handleControlRequest(request, url, {
      router: this.#router,
      instanceId: this.#instanceId,
      startedAt: this.#startedAt,
      schemaVersion: SCHEMA_VERSION,
      reset: () => {
        this.#harness.behaviour.reset();
        this.#harness.faults.clear();
        this.#harness.journal.clear();
        return resetStorage(this.#db, PRODUCTS);
      },
    });
    return control ?? failure(noRoute(url.pathname));
  }
}
