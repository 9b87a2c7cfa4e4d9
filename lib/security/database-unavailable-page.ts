// A self-contained page: it is served when the database is down, so it must not need the app to render.
export function databaseUnavailablePage(reason: string): string {
  const safeReason = reason.replace(/[^a-z0-9 .,-]/gi, "");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Service unavailable · MCP Security Troubleshooting Portal</title>
<style>
body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1.25rem;line-height:1.6;color:#1e293b;background:#fff}
@media (prefers-color-scheme:dark){body{color:#e2e8f0;background:#0f172a}a{color:#7dd3fc}}
h1{font-size:1.5rem}code{font-size:.9em}
</style></head>
<body><main>
<h1>The portal cannot reach its database</h1>
<p>Runbooks, known issues and contributions live in the database, so pages cannot be shown right now (${safeReason}).
Nothing you submitted has been lost.</p>
<p>If you run this portal: check that PostgreSQL is up and that <code>DATABASE_URL</code> points at it, or, on the embedded
database, that no other process holds the data folder. <a href="/api/health">/api/health</a> shows the current status.</p>
<p><a href="">Try again</a></p>
</main></body></html>`;
}
