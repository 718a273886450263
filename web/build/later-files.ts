/**
 * Lists in index.html the files of a module the page loads later with `import()` (the assessment: engine,
 * knowledge, interview screens), as `<meta name="numbcheck:later" content="./assets/a.js ./assets/b.css">`. The
 * page fetches them once it has loaded and the browser is idle (web/src/prefetch-later.ts), without running them,
 * so that Start does not wait for the network and works offline once the page has loaded; they are not in the
 * HTML as links because the browser would then fetch them alongside what the first paint needs.
 */
import type { Plugin } from 'vite';

/** What this reads of a built chunk (Rolldown's OutputChunk with Vite's metadata). */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  /** Chunks it imports statically. */
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The build's files by name: chunks, and assets (which have no imports of their own). */
export type Bundle = Record<string, BuiltChunk | { type: 'asset' }>;

export const LATER_META = 'numbcheck:later';

/**
 * The files of the chunk whose module id ends with `module`, of every chunk it imports statically, and of their
 * style sheets, less those of `entry` and its static imports (which the page has already loaded).
 */
export function laterFiles(bundle: Bundle, entry: BuiltChunk, module: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is BuiltChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const staticGraph = (start: BuiltChunk): Set<string> => {
    const seen = new Set<string>();
    const pending = [start.fileName];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (seen.has(name)) continue;
      seen.add(name);
      const chunk = byName.get(name);
      for (const css of chunk?.viteMetadata?.importedCss ?? []) seen.add(css);
      pending.push(...(chunk?.imports ?? []));
    }
    return seen;
  };
  const later = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(module));
  if (later === undefined) throw new Error(`later-files: no chunk of ${module} in the build`);
  const loaded = staticGraph(entry);
  return [...staticGraph(later)].filter((file) => !loaded.has(file)).sort();
}

/** The meta element listing `files`, relative to the page (the build's `base` is './'). */
export function laterMeta(files: readonly string[]): string {
  return `<meta name="${LATER_META}" content="${files.map((file) => `./${file}`).join(' ')}">`;
}

/** The Vite plugin: `module` is the source path's ending, e.g. `web/src/assessment.ts`. */
export function listLaterFiles(module: string): Plugin {
  return {
    name: 'numbcheck:later-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (context.bundle === undefined || context.chunk === undefined) return html;
        const meta = laterMeta(laterFiles(context.bundle, context.chunk, module));
        return html.replace('</head>', () => `    ${meta}\n  </head>`);
      },
    },
  };
}
