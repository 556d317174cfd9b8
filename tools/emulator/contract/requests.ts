/**
 * Checks the request bodies a server sent (entries of the emulator's request journal,
 * `/__emulator/requests`) against the official request schemas: the other half of the contract.
 */
import type { JournalEntry } from "../src/harness/journal";
import { findOperation, type ProductSpecs, requestSchema, validate } from "./openapi";

export interface BodyCheck {
  /** `METHOD /path/template` of the operation the request hit. */
  readonly operation: string;
  readonly problems: readonly string[];
}

/** One check per journal entry that carried a JSON body; requests without one are skipped. */
export function checkRequestBodies(
  specs: ProductSpecs,
  entries: readonly JournalEntry[],
): BodyCheck[] {
  return entries
    .filter((entry) => entry.body !== null)
    .map((entry) => {
      const operation = findOperation(specs, entry.method, entry.path);
      if (!operation) {
        return {
          operation: `${entry.method} ${entry.path}`,
          problems: ["not in the official specs"],
        };
      }
      const name = `${operation.method} ${operation.template}`;
      const schema = requestSchema(operation);
      if (!schema) return { operation: name, problems: ["the spec defines no JSON body"] };
      return { operation: name, problems: validate(operation, schema, entry.body) };
    });
}
