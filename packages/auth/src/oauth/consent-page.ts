/**
 * The consent page: who is asking (the client's self-asserted name and where tokens will go), and
 * which scopes to grant, by template (read-only preselected; each says what it includes) or one by
 * one, grouped by product. The form carries only the consent handle, bound to this browser by a
 * cookie (CSRF), plus the user's choice. Everything the client supplied is escaped. Works without
 * JavaScript; a few lines of script keep the template choice, the checkboxes and the per-product
 * counts in step.
 */
import type { ConsentDescription } from "@cloudflare/workers-oauth-provider";
import { BASELINE_SCOPES } from "../permissions/scope-catalogue";
import type { ScopeCatalog, ScopeDefinition, ScopeTemplateId } from "../permissions/server-catalog";
import { escapeHtml, page } from "./html";

export const CUSTOM_TEMPLATE = "custom";

/** Product groups with at most this many scopes start open. */
const OPEN_GROUP_SIZE = 4;

const TIER_TAGS: Record<ScopeDefinition["tier"], string> = {
  read: `<span class="tag">read</span>`,
  run: `<span class="tag">run</span>`,
  write: `<span class="tag write">change &amp; delete</span>`,
};

export interface ConsentPageInput {
  serverTitle: string;
  details: ConsentDescription;
  handle: string;
  catalog: ScopeCatalog;
  /** Scopes checked when the page opens. */
  checked: readonly string[];
  /** Template selected when the page opens, or "custom". */
  selected: ScopeTemplateId | typeof CUSTOM_TEMPLATE;
  /** Supported scopes the client asked for, marked on the page. */
  requested: readonly string[];
}

export function renderConsentPage(input: ConsentPageInput): string {
  const { details, catalog } = input;
  const name = escapeHtml(details.clientName);
  const host = escapeHtml(details.redirectHost);
  const origin = details.clientDomain
    ? `<p>Published by <strong>${escapeHtml(details.clientDomain)}</strong>.</p>`
    : `<p class="muted">This app registered itself: its name is not verified.</p>`;
  const loopback = details.redirectIsLoopback
    ? `<p class="warn" role="note"><strong>Access goes to an app on this computer.</strong> Continue only if you just started connecting from it.</p>`
    : "";
  const templates = catalog.templates
    .map(
      (
        template,
      ) => `<label><input type="radio" name="template" value="${template.id}" data-scopes="${escapeHtml(template.scopes.join(" "))}"${input.selected === template.id ? " checked" : ""}>
<span><strong>${escapeHtml(template.title)}</strong><br><span class="muted">${escapeHtml(template.description)}</span></span></label>`,
    )
    .join("\n");
  const custom = `<label><input type="radio" name="template" value="${CUSTOM_TEMPLATE}"${input.selected === CUSTOM_TEMPLATE ? " checked" : ""}>
<span><strong>Custom</strong><br><span class="muted">Exactly the permissions ticked below.</span></span></label>`;
  return page(
    `Allow ${details.clientName} to use ${input.serverTitle}?`,
    `<h1>Allow <span id="client-name">${name}</span> to use ${escapeHtml(input.serverTitle)}?</h1>
${origin}
<p>Access will be sent to <strong id="redirect-host">${host}</strong>.</p>
${loopback}
<form method="post" action="/authorize">
<input type="hidden" name="handle" value="${escapeHtml(input.handle)}">
<fieldset><legend>Access</legend>
${templates}
${custom}
</fieldset>
<fieldset id="permissions"><legend>Permissions</legend>
${productGroups(input)}
</fieldset>
<p class="muted">Next you sign in to Cloudflare, which confirms these permissions.</p>
<div class="actions">
<button type="submit" name="decision" value="approve" class="primary">Allow</button>
<button type="submit" name="decision" value="deny">Deny</button>
</div>
</form>
<script>${SYNC_SCRIPT}</script>`,
  );
}

function productGroups(input: ConsentPageInput): string {
  const groups = new Map<string, ScopeDefinition[]>();
  for (const scope of input.catalog.scopes) {
    groups.set(scope.product, [...(groups.get(scope.product) ?? []), scope]);
  }
  return [...groups]
    .map(([product, scopes]) => {
      const isChecked = (scope: ScopeDefinition) =>
        BASELINE_SCOPES.includes(scope.name as never) || input.checked.includes(scope.name);
      const count = scopes.filter(isChecked).length;
      const rows = scopes
        .map((scope) => {
          const baseline = BASELINE_SCOPES.includes(scope.name as never);
          const asked =
            input.requested.includes(scope.name) && !baseline ? " <em>(requested)</em>" : "";
          return `<label><input type="checkbox" name="scope" value="${escapeHtml(scope.name)}"${isChecked(scope) ? " checked" : ""}${baseline ? " disabled" : ""}>
<span>${escapeHtml(scope.description)}${asked}${baseline ? "" : TIER_TAGS[scope.tier]}<br><code>${escapeHtml(scope.name)}</code></span></label>`;
        })
        .join("\n");
      const open = scopes.length <= OPEN_GROUP_SIZE ? " open" : "";
      return `<details${open}><summary>${escapeHtml(product)} <span class="muted" data-count>${count} of ${scopes.length}</span></summary>
${rows}
</details>`;
    })
    .join("\n");
}

// Choosing a template ticks its scopes; ticking a scope by hand selects the matching template or
// "custom"; each product's count follows. The server reads the template when one is chosen, so
// the page works without it.
const SYNC_SCRIPT = `(function(){
var form=document.forms[0];var radios=[].slice.call(form.querySelectorAll('input[name=template]'));
var boxes=[].slice.call(form.querySelectorAll('input[name=scope]:not([disabled])'));
function ticked(){return boxes.filter(function(b){return b.checked}).map(function(b){return b.value}).sort().join(' ')}
function own(r){return (r.dataset.scopes||'').split(' ').filter(function(s){return boxes.some(function(b){return b.value===s})}).sort().join(' ')}
function counts(){[].slice.call(form.querySelectorAll('details')).forEach(function(d){var all=d.querySelectorAll('input[name=scope]');var on=d.querySelectorAll('input[name=scope]:checked');d.querySelector('[data-count]').textContent=on.length+' of '+all.length})}
radios.forEach(function(r){r.addEventListener('change',function(){if(!r.dataset.scopes)return;var set=r.dataset.scopes.split(' ');boxes.forEach(function(b){b.checked=set.indexOf(b.value)>=0});counts()})});
boxes.forEach(function(b){b.addEventListener('change',function(){var now=ticked();var match=radios.filter(function(r){return r.dataset.scopes&&own(r)===now})[0];(match||radios.filter(function(r){return r.value==='${CUSTOM_TEMPLATE}'})[0]).checked=true;counts()})});
})();`;
