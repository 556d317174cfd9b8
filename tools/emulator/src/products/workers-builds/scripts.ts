/**
 * Workers script routes: list, download, upload (multipart) and delete
 * (`/accounts/:account_id/workers/scripts[/:script_name]`).
 *
 * Download mirrors the real API: a module Worker comes back as `multipart/form-data` with one part
 * per module and no metadata part; a service-worker script comes back as raw JavaScript.
 * Upload takes a `metadata` part (JSON with `main_module`, or `body_part` for the service-worker
 * format, plus `compatibility_date`) and one part per module.
 */
import { newId } from "../../db";
import { success } from "../../envelope";
import type { RouteContext } from "../../product";
import { invalidScriptName, invalidUpload } from "./errors";
import {
  deleteScript,
  findScript,
  listScripts,
  modulesOf,
  requireScript,
  type StoredModule,
  scriptView,
  upsertScript,
} from "./scripts-queries";

const SCRIPT_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;
const HANDLER_NAMES = ["fetch", "scheduled", "queue", "email", "tail", "alarm"] as const;

export function listAccountScripts({ db, params }: RouteContext): Response {
  return success(listScripts(db, params.account_id!).map(scriptView));
}

export function downloadScript({ db, params }: RouteContext): Response {
  const script = requireScript(db, params.account_id!, params.script_name!);
  const modules = modulesOf(script);
  if (script.main_module === null) {
    return new Response(modules[0]?.content ?? "", {
      headers: { "content-type": "application/javascript" },
    });
  }
  const form = new FormData();
  for (const module of modules) {
    form.append(module.name, new File([module.content], module.name, { type: module.contentType }));
  }
  return new Response(form);
}

export async function uploadScript({ db, params, request }: RouteContext): Promise<Response> {
  const name = params.script_name!;
  if (!SCRIPT_NAME.test(name)) throw invalidScriptName();
  const { metadata, modules } = await readUpload(request);
  const mainModule = typeof metadata.main_module === "string" ? metadata.main_module : null;
  const bodyPart = typeof metadata.body_part === "string" ? metadata.body_part : null;
  const entry = mainModule ?? bodyPart;
  if (entry === null) throw invalidUpload("metadata needs main_module or body_part");
  const entryModule = modules.find((module) => module.name === entry);
  if (!entryModule) throw invalidUpload(`No such module "${entry}" in the upload`);
  const accountId = params.account_id!;
  const row = db.transaction(() => {
    const existing = findScript(db, accountId, name);
    const now = db.now();
    const next = {
      tag: existing?.tag ?? newId(),
      account_id: accountId,
      name,
      handlers: JSON.stringify(detectHandlers(entryModule.content)),
      compatibility_date:
        typeof metadata.compatibility_date === "string" ? metadata.compatibility_date : "",
      last_deployed_from: "api",
      main_module: mainModule,
      modules: JSON.stringify(modules),
      etag: newId() + newId(),
      created_on: existing?.created_on ?? now,
      modified_on: now,
    };
    upsertScript(db, next);
    return next;
  });
  // The upload answer also reports how long the Worker took to start (required by the spec).
  return success({ ...scriptView(row), startup_time_ms: 0 });
}

export function removeScript({ db, params }: RouteContext): Response {
  const script = requireScript(db, params.account_id!, params.script_name!);
  db.transaction(() => deleteScript(db, script.tag));
  return success(null);
}

async function readUpload(
  request: Request,
): Promise<{ metadata: Record<string, unknown>; modules: StoredModule[] }> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) {
    throw invalidUpload("expected a multipart/form-data body with a metadata part");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw invalidUpload("the multipart body could not be parsed");
  }
  let metadata: Record<string, unknown> | undefined;
  const modules: StoredModule[] = [];
  for (const [field, value] of form.entries()) {
    const content = typeof value === "string" ? value : await value.text();
    if (field === "metadata") {
      metadata = parseMetadata(content);
      continue;
    }
    const contentType = typeof value === "string" ? "application/javascript" : value.type;
    const fileName = typeof value === "string" ? field : value.name || field;
    modules.push({ name: fileName, contentType, content });
  }
  if (!metadata) throw invalidUpload("missing metadata part");
  return { metadata, modules };
}

function parseMetadata(text: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // fall through
  }
  throw invalidUpload("metadata is not a JSON object");
}

/** Handlers the entry point exports, spotted by name (good enough for demo scripts). */
function detectHandlers(code: string): string[] {
  return HANDLER_NAMES.filter(
    (handler) =>
      new RegExp(`\\b${handler}\\s*\\(`).test(code) ||
      code.includes(`addEventListener("${handler}"`),
  );
}
