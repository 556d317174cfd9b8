/**
 * A server's OAuth scope catalog, read from its own tool declarations: the kit runs the app's
 * `register` once, with the default connection options, against a context that only records each
 * tool's permission and annotations. No handler runs; no credential is needed. Apps that need other templates pass `oauth.scopeTemplates`.
 */
import {
  buildScopeCatalog,
  type CatalogOverrides,
  type ScopeCatalog,
  type ToolScopeSource,
} from "@repo/auth";
import type { RegistrationContext, ToolDefinition } from "../tools/types";

export async function collectToolScopeSources(
  register: (context: RegistrationContext) => void | Promise<void>,
): Promise<ToolScopeSource[]> {
  const sources: ToolScopeSource[] = [];
  // biome-ignore lint/suspicious/noExplicitAny: only the declaration's metadata is read.
  const record = (definition: ToolDefinition<any, any>) => {
    sources.push({
      ...(definition.permission ? { permission: definition.permission } : {}),
      readOnly: definition.annotations.readOnlyHint,
      destructive: definition.annotations.destructiveHint,
    });
  };
  await register({ tool: record, accountTool: record });
  return sources;
}

export async function toolScopeCatalog(
  register: (context: RegistrationContext) => void | Promise<void>,
  overrides: CatalogOverrides = {},
): Promise<ScopeCatalog> {
  return buildScopeCatalog(await collectToolScopeSources(register), overrides);
}
