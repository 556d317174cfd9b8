/**
 * A server's OAuth scope catalog, read from its own tool declarations: the kit runs the app's
 * `register` once, with the default connection options, against a context that only records each
 * tool's permission and annotations. No handler runs; no credential is needed. A server that
 * reaches every product (the api server) offers Cloudflare's whole catalogue instead.
 */
import {
  buildCloudflareCatalog,
  buildToolCatalog,
  needScopes,
  type ScopeCatalog,
  type ToolScopeSource,
} from "@repo/auth";
import type { RegistrationContext, ToolDefinition } from "../tools/types";
import { toolNeed } from "./scope-gate";

export type CatalogSource = "tools" | "cloudflare";

export async function collectToolScopeSources(
  register: (context: RegistrationContext) => void | Promise<void>,
): Promise<ToolScopeSource[]> {
  const sources: ToolScopeSource[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: only the declaration's metadata is read.
  const record = (definition: ToolDefinition<any, any>) => {
    const readOnly = definition.annotations.readOnlyHint;
    sources.push({
      scopes: definition.permission
        ? needScopes(toolNeed(definition.permission, readOnly).need)
        : [],
      readOnly,
      destructive: definition.annotations.destructiveHint,
    });
  };
  await register({ tool: record, accountTool: record });
  return sources;
}

export async function toolScopeCatalog(
  register: (context: RegistrationContext) => void | Promise<void>,
  source: CatalogSource = "tools",
): Promise<ScopeCatalog> {
  return source === "cloudflare"
    ? buildCloudflareCatalog()
    : buildToolCatalog(await collectToolScopeSources(register));
}
