/** HTML helpers for the server-rendered OAuth pages: escaping and a shared, phone-friendly shell. */

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
:root{color-scheme:light dark;--accent:#f38020;--muted:#666;--line:#d0d0d0;--bg:#fff;--fg:#1d1d1d}
@media (prefers-color-scheme:dark){:root{--muted:#aaa;--line:#444;--bg:#1b1b1b;--fg:#eee}}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
main{max-width:36rem;margin:0 auto;padding:1.25rem}
h1{font-size:1.35rem;line-height:1.3;margin:.25rem 0 1rem}
p{margin:.5rem 0}
.muted{color:var(--muted);font-size:.9rem}
.warn{border-left:4px solid var(--accent);padding:.5rem .75rem;background:rgba(243,128,32,.08)}
fieldset{border:1px solid var(--line);border-radius:.5rem;margin:1rem 0;padding:.5rem .75rem}
legend{font-weight:600;padding:0 .25rem}
label{display:flex;gap:.6rem;align-items:flex-start;padding:.45rem 0;min-height:2.75rem;cursor:pointer}
input[type=radio],input[type=checkbox]{width:1.25rem;height:1.25rem;margin-top:.15rem;flex:none;accent-color:var(--accent)}
code{font-size:.85rem;word-break:break-all}
details{border-top:1px solid var(--line);padding:.25rem 0}
details:first-of-type{border-top:0}
summary{cursor:pointer;font-weight:600;padding:.5rem 0;min-height:2.75rem;display:flex;align-items:center;gap:.5rem}
summary .muted{font-weight:400}
.tag{font-size:.75rem;border:1px solid var(--line);border-radius:1rem;padding:0 .45rem;margin-left:.35rem;white-space:nowrap}
.tag.write{border-color:var(--accent)}
.actions{display:flex;gap:.75rem;flex-wrap:wrap;margin-top:1.25rem}
button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1.25rem;border-radius:.5rem;border:1px solid var(--line);background:transparent;color:inherit;cursor:pointer;flex:1 1 8rem}
button.primary{background:var(--accent);border-color:var(--accent);color:#111}
button:focus-visible,input:focus-visible{outline:3px solid #2b6cb0;outline-offset:2px}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

export function htmlResponse(
  html: string,
  init: { status?: number; headers?: Headers } = {},
): Response {
  const headers = init.headers ?? new Headers();
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Content-Security-Policy", "frame-ancestors 'none'");
  return new Response(html, { status: init.status ?? 200, headers });
}

/** A page for errors that must not redirect (the client or its redirect URI is not trusted). */
export function errorPage(status: number, title: string, message: string): Response {
  return htmlResponse(
    page(
      title,
      `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>
<p class="muted">Close this window and start connecting again from your app.</p>`,
    ),
    { status },
  );
}
