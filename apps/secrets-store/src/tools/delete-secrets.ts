/**
 * Handler of `secrets_store_secrets_delete`. Several ids go in one request with the body the
 * spec defines (`{ ids }`); when the API refuses that request as a whole (a 400 such as
 * `1001 invalid_json_body`, seen from a live API, or a 404 for one unknown id), the secrets are
 * deleted one by one instead, and the result says which went and which did not, and why.
 */
import { CloudflareApiError } from "@repo/cloudflare-api";
import { type AccountToolCall, jsonResult, ToolError } from "@repo/mcp-kit";
import { deleteSecret, deleteSecrets } from "../api";

/** Statuses of a bulk refusal that one-by-one deletes may get past. */
const FALLBACK_STATUSES = new Set([400, 404, 405, 415, 422]);
/** One-by-one deletes in flight at once. */
const PARALLEL_DELETES = 4;

export interface DeleteSecretsInput {
  store_id: string;
  secret_ids: string[];
}

interface Failure {
  id: string;
  status: number;
  code?: number;
  message: string;
}

export async function deleteSecretsTool(input: DeleteSecretsInput, call: AccountToolCall) {
  const ids = [...new Set(input.secret_ids)];
  if (ids.length === 1) {
    await deleteSecret(call.api, input.store_id, ids[0]!);
    return jsonResult(
      { store_id: input.store_id, deleted: ids },
      { summary: `Deleted 1 secret (${ids[0]}).` },
    );
  }
  let refusal: CloudflareApiError;
  try {
    await deleteSecrets(call.api, input.store_id, ids);
    return jsonResult(
      { store_id: input.store_id, deleted: ids, method: "bulk" },
      { summary: `Deleted ${ids.length} secrets in one request.` },
    );
  } catch (error) {
    if (!(error instanceof CloudflareApiError) || !FALLBACK_STATUSES.has(error.status)) throw error;
    refusal = error;
  }
  const deleted: string[] = [];
  const failed: Failure[] = [];
  await forEachLimited(ids, PARALLEL_DELETES, async (id) => {
    try {
      await deleteSecret(call.api, input.store_id, id);
      deleted.push(id);
    } catch (error) {
      if (!(error instanceof CloudflareApiError)) throw error;
      const detail = error.errors[0];
      failed.push({
        id,
        status: error.status,
        ...(detail?.code ? { code: detail.code } : {}),
        message: detail?.message || `HTTP ${error.status}`,
      });
    }
  });
  const why = `the bulk request was refused (HTTP ${refusal.status}${refusal.codes[0] ? ` ${refusal.codes[0]}` : ""}: ${refusal.errors[0]?.message ?? "no message"})`;
  if (deleted.length === 0) {
    throw new ToolError(`No secret was deleted: ${why}, and each one-by-one delete failed too.`, {
      hint: `Failures: ${failed.map((f) => `${f.id} ${f.message}`).join("; ")}. Check the ids with secrets_store_secrets_list.`,
    });
  }
  const order = (list: readonly string[]) => ids.filter((id) => list.includes(id));
  return jsonResult(
    {
      store_id: input.store_id,
      deleted: order(deleted),
      ...(failed.length > 0
        ? { failed: ids.flatMap((id) => failed.filter((f) => f.id === id)) }
        : {}),
      method: "one by one",
      bulk_refused: {
        status: refusal.status,
        code: refusal.codes[0],
        message: refusal.errors[0]?.message,
      },
    },
    {
      summary: `Deleted ${deleted.length} of ${ids.length} secrets one by one, because ${why}.${
        failed.length > 0
          ? ` Not deleted: ${failed.map((f) => `${f.id} (${f.message})`).join(", ")}.`
          : ""
      }`,
    },
  );
}

async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
