/**
 * The API's documentation page at /docs: a plain HTML rendering of the OpenAPI document (operations, parameters,
 * responses) and of the error codes. Server-rendered, with no script and an external stylesheet, so that it works
 * under the strict Content-Security-Policy and needs no extra dependency.
 */
import { ERRORS } from '../errors.ts';
import { translator } from '../messages/index.ts';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Markdown-style `code` spans in OpenAPI descriptions, as HTML. */
function prose(value: string): string {
  return escapeHtml(value).replaceAll(/`([^`]+)`/g, '<code>$1</code>');
}

function operationHtml(method: string, path: string, operation: Record<string, unknown>): string {
  const parts = [
    `<section aria-labelledby="${escapeHtml(text(operation.operationId) || `${method}-${path}`)}">`,
    `<h3 id="${escapeHtml(text(operation.operationId) || `${method}-${path}`)}"><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3>`,
  ];
  if (operation.summary) parts.push(`<p><strong>${prose(text(operation.summary))}</strong></p>`);
  if (operation.description) parts.push(`<p>${prose(text(operation.description))}</p>`);
  const parameters = Array.isArray(operation.parameters) ? operation.parameters.filter(isRecord) : [];
  if (parameters.length > 0) {
    parts.push('<h4>Parameters</h4><ul>');
    for (const parameter of parameters) {
      parts.push(
        `<li><code>${escapeHtml(text(parameter.name))}</code> (${escapeHtml(text(parameter.in))}): ${prose(text(parameter.description) || (isRecord(parameter.schema) ? text(parameter.schema.description) : ''))}</li>`,
      );
    }
    parts.push('</ul>');
  }
  if (isRecord(operation.requestBody)) {
    parts.push(
      '<h4>Request body</h4>',
      `<p>${prose(text(operation.requestBody.description) || 'JSON; the schema is in the OpenAPI document.')}</p>`,
    );
  }
  if (isRecord(operation.responses)) {
    parts.push('<h4>Responses</h4><dl>');
    for (const [status, response] of Object.entries(operation.responses)) {
      const description = isRecord(response) ? text(response.description) : '';
      parts.push(`<dt>${escapeHtml(status)}</dt><dd>${prose(description)}</dd>`);
    }
    parts.push('</dl>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** The whole page, from the OpenAPI document. */
export function renderDocsPage(openapi: unknown): string {
  const document = isRecord(openapi) ? openapi : {};
  const info = isRecord(document.info) ? document.info : {};
  const title = text(info.title) || 'numbcheck HTTP API';
  const operations: string[] = [];
  if (isRecord(document.paths)) {
    for (const [path, item] of Object.entries(document.paths)) {
      if (!isRecord(item)) continue;
      for (const method of METHODS) {
        const operation = item[method];
        if (isRecord(operation)) operations.push(operationHtml(method, path, operation));
      }
    }
  }
  const t = translator('en');
  const errors = Object.entries(ERRORS)
    .map(
      ([code, { status, summary }]) =>
        `<tr><td><code>${code}</code></td><td>${status}</td><td>${escapeHtml(t(summary))}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/docs.css">
</head>
<body>
<main>
<h1>${escapeHtml(title)} <small>${escapeHtml(text(info.version))}</small></h1>
<p>${prose(text(info.description))}</p>
<p>The machine-readable description is the OpenAPI ${escapeHtml(text(document.openapi))} document at
<a href="/openapi.json"><code>/openapi.json</code></a>; it has the full schema of every request and response.</p>
<h2>Example</h2>
<pre><code>curl -s http://127.0.0.1:8080/api/v1/assessments \\
  -H 'Content-Type: application/json' \\
  -d '{ "answers": { "stroke_signs": [], "heart_signs": [], "other_danger_signs": [],
        "hand_map": { "right": { "palm": ["thumb", "index", "middle"] } },
        "positions": ["night_waking"], "duration": "weeks" } }'</code></pre>
<h2>Operations</h2>
${operations.join('\n')}
<h2>Errors</h2>
<p>Every error is JSON: <code>{ "error": { "code": "NUMB_…", "message": "…", "path": ["answers", "age"] } }</code>.
The message names the field, what was expected and what came; <code>path</code> locates the value in the request.</p>
<table>
<thead><tr><th scope="col">code</th><th scope="col">status</th><th scope="col">meaning</th></tr></thead>
<tbody>
${errors}
</tbody>
</table>
</main>
</body>
</html>
`;
}

/** The page's stylesheet, served from /docs/docs.css because the CSP allows no inline style. */
export const DOCS_CSS = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
h1 small { font-size: 0.6em; color: #555; font-weight: normal; }
h3 { margin-top: 2rem; border-top: 1px solid #ccc; padding-top: 1rem; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.9em; }
pre { background: #f4f4f4; padding: 0.75rem; white-space: pre-wrap; }
dt { font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
a { color: #0645ad; }
`;
