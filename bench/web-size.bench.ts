/**
 * Web benchmark: the JavaScript the browser loads before the first screen, gzipped, against the budget of DESIGN.md
 * (≤ 80 KB, counted here as 80,000 bytes). "At first" is what dist/web/index.html asks for (module scripts and
 * modulepreload links) and, to be safe, every module those import statically; chunks loaded with import() are
 * not counted. Each file is gzipped on its own at level 9, as a server would send it. Run `npm run build` first;
 * `npm run bench` runs it. Results go into docs/benchmarks.md by hand, with this command.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

const BUDGET = 80_000;
const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const INDEX = join(WEB_ROOT, 'index.html');

if (!existsSync(INDEX)) {
  console.error(`web-size: ${relative(process.cwd(), INDEX)} is missing: run npm run build first`);
  process.exit(1);
}

/** Local URLs of what index.html loads as JavaScript at once. */
function entryScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc=["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (src) urls.push(src);
  }
  for (const tag of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\srel=["']([^"']+)["']/i.exec(tag[0])?.[1];
    const href = /\shref=["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (href && rel?.split(/\s+/).includes('modulepreload')) urls.push(href);
  }
  return urls;
}

/** Relative specifiers of a built module's static imports and re-exports (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  return [
    ...code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g),
  ].flatMap((m) => (m[1] ? [m[1]] : []));
}

function localPath(url: string, from: string): string | null {
  if (/^[a-z]+:|^\/\//i.test(url)) return null; // another origin: the CSP would block it anyway
  return url.startsWith('/') ? join(WEB_ROOT, url) : join(dirname(from), url);
}

const files = new Set<string>();
const pending = entryScripts(readFileSync(INDEX, 'utf8')).flatMap((url) => localPath(url, INDEX) ?? []);
while (pending.length > 0) {
  const file = pending.pop();
  if (file === undefined || files.has(file)) continue;
  if (!existsSync(file))
    throw new Error(`index.html loads ${relative(WEB_ROOT, file)}, which is not in dist/web`);
  files.add(file);
  for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
    const path = localPath(specifier, file);
    if (path) pending.push(path);
  }
}

let raw = 0;
let gzipped = 0;
console.log('JavaScript loaded at first (dist/web):');
for (const file of [...files].sort()) {
  const content = readFileSync(file);
  const size = gzipSync(content, { level: constants.Z_BEST_COMPRESSION }).length;
  raw += content.length;
  gzipped += size;
  console.log(
    `  ${relative(WEB_ROOT, file)}: ${content.length.toLocaleString('en')} bytes, gzip ${size.toLocaleString('en')} bytes`,
  );
}
console.log(
  `first-load JavaScript: ${files.size} file(s), ${raw.toLocaleString('en')} bytes, gzip -9 ${gzipped.toLocaleString('en')} bytes` +
    ` (${(gzipped / 1000).toFixed(1)} KB) — budget ≤ 80 KB: ${gzipped <= BUDGET ? 'met' : 'NOT met'}`,
);
