/**
 * Web benchmark: the bytes of the first load of the start page, as they are built and as they travel, and the
 * first-load JavaScript against the budget of DESIGN.md (≤ 80 KB gzipped, counted here as 80,000 bytes).
 *
 * "The first load" is dist/web/index.html and what it asks for before the first screen (module scripts,
 * modulepreload links, style sheets, the icon) and, to be safe, every module those import statically; chunks
 * loaded with import() are not counted. "As they travel" is the copy the server sends (the build's `.br` or `.gz`
 * beside each file, or the file itself when there is none), without HTTP headers. Run `npm run build` first;
 * `npm run bench` runs it. Results go into docs/benchmarks.md by hand, with this command.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 80_000;
const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const INDEX = join(WEB_ROOT, 'index.html');
/** The `rel` values of the links a browser fetches while it loads the page. */
const LOADED_LINKS = new Set(['modulepreload', 'stylesheet', 'icon', 'preload']);

if (!existsSync(INDEX)) {
  console.error(`web-size: ${relative(process.cwd(), INDEX)} is missing: run npm run build first`);
  process.exit(1);
}

/** Local URLs of what index.html loads at once: scripts, and links the browser fetches. */
function pageResources(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\ssrc=["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (src) urls.push(src);
  }
  for (const tag of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\srel=["']([^"']+)["']/i.exec(tag[0])?.[1];
    const href = /\shref=["']([^"']+)["']/i.exec(tag[0])?.[1];
    if (href && rel?.split(/\s+/).some((value) => LOADED_LINKS.has(value))) urls.push(href);
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
  if (/^[a-z]+:|^\/\//i.test(url)) return null; // another origin or a data: URL: the CSP decides, not the server
  return url.startsWith('/') ? join(WEB_ROOT, url) : join(dirname(from), url);
}

/** The size of what the server sends for `file` with `extension` (.br, .gz) accepted: the copy, else the file. */
function sentSize(file: string, extension: string): number {
  const copy = `${file}${extension}`;
  return existsSync(copy) ? statSync(copy).size : statSync(file).size;
}

const files = new Set<string>([INDEX]);
const pending = pageResources(readFileSync(INDEX, 'utf8')).flatMap((url) => localPath(url, INDEX) ?? []);
while (pending.length > 0) {
  const file = pending.pop();
  if (file === undefined || files.has(file)) continue;
  if (!existsSync(file))
    throw new Error(`index.html loads ${relative(WEB_ROOT, file)}, which is not in dist/web`);
  files.add(file);
  if (extname(file) !== '.js') continue;
  for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
    const path = localPath(specifier, file);
    if (path) pending.push(path);
  }
}

interface Sizes {
  raw: number;
  br: number;
  gzip: number;
}
const total: Sizes = { raw: 0, br: 0, gzip: 0 };
const javascript: Sizes & { files: number } = { files: 0, raw: 0, br: 0, gzip: 0 };
const number = (n: number) => n.toLocaleString('en');

console.log('First load of the start page (dist/web), bytes: raw / brotli / gzip as the server sends them');
for (const file of [...files].sort()) {
  const sizes: Sizes = { raw: statSync(file).size, br: sentSize(file, '.br'), gzip: sentSize(file, '.gz') };
  for (const key of ['raw', 'br', 'gzip'] as const) {
    total[key] += sizes[key];
    if (extname(file) === '.js') javascript[key] += sizes[key];
  }
  if (extname(file) === '.js') javascript.files += 1;
  console.log(
    `  ${relative(WEB_ROOT, file)}: ${number(sizes.raw)} / ${number(sizes.br)} / ${number(sizes.gzip)}`,
  );
}
console.log(
  `first load: ${files.size} files, ${number(total.raw)} bytes raw, ${number(total.br)} brotli` +
    ` (${((100 * total.br) / total.raw).toFixed(0)} %), ${number(total.gzip)} gzip` +
    ` (${((100 * total.gzip) / total.raw).toFixed(0)} %)`,
);
console.log(
  `first-load JavaScript: ${javascript.files} file(s), ${number(javascript.raw)} bytes, gzip -9 ${number(javascript.gzip)} bytes` +
    ` (${(javascript.gzip / 1000).toFixed(1)} KB) — budget ≤ 80 KB: ${javascript.gzip <= BUDGET ? 'met' : 'NOT met'};` +
    ` brotli ${number(javascript.br)} bytes`,
);
