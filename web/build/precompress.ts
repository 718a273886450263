/**
 * Brotli and gzip copies of the built web app's text files, made once at build time so that the server sends them
 * without compressing on every request (`index.html.br`, `index.html.gz` beside `index.html`; the server picks one
 * from the request's Accept-Encoding). Compressing once lets the build use the slowest, smallest settings.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Text formats the app is built into, and WebAssembly (the browser diary's SQLite, which compresses to less than
 * half). Images other than SVG and fonts are compressed already.
 */
export const COMPRESSIBLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.svg',
  '.json',
  '.webmanifest',
  '.map',
  '.txt',
  '.xml',
  '.wasm',
]);

/** What precompressing one file gave: the sizes in bytes; `br` or `gzip` is null when it would not have saved a byte. */
export interface PrecompressedFile {
  /** The path relative to the folder, with `/` between parts. */
  file: string;
  raw: number;
  br: number | null;
  gzip: number | null;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Writes `compressed` to `path` if it is smaller than the original, and says how big it is (null if not written). */
async function writeIfSmaller(path: string, compressed: Buffer, rawSize: number): Promise<number | null> {
  // A "compressed" copy no smaller than the file would only cost the client time to decode it: the server then
  // falls back to the next encoding the client accepts, or to the file itself.
  if (compressed.length >= rawSize) return null;
  await writeFile(path, compressed);
  return compressed.length;
}

async function precompressFile(root: string, path: string): Promise<PrecompressedFile> {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return {
    file: path.slice(root.length + 1).replaceAll('\\', '/'),
    raw: content.length,
    br: await writeIfSmaller(`${path}.br`, br, content.length),
    gzip: await writeIfSmaller(`${path}.gz`, gz, content.length),
  };
}

/**
 * Writes a `.br` and a `.gz` copy beside every compressible file under `root` (see COMPRESSIBLE_EXTENSIONS), at
 * brotli's highest quality and gzip level 9, and returns their sizes sorted by path.
 */
export async function precompressFolder(root: string): Promise<PrecompressedFile[]> {
  const files = (await filesUnder(root)).filter((path) => COMPRESSIBLE_EXTENSIONS.has(extname(path)));
  const results = await Promise.all(files.map((path) => precompressFile(root, path)));
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

/** The Vite plugin: precompresses the build output once every file, public ones included, is written. */
export function precompress(): Plugin {
  let outDir: string | undefined;
  return {
    name: 'numbcheck:precompress',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle(error?: Error) {
      // Nothing to compress after a failed build; the error is reported by the build itself.
      if (error !== undefined || outDir === undefined) return;
      await precompressFolder(outDir);
    },
  };
}
