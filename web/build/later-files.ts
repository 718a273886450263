/**
 * Lists in index.html the files of the modules the page loads later with `import()` (the assessment: engine,
 * knowledge, interview screens; FormatJS and a language's catalog), as
 * `<meta name="numbcheck:later" content="./assets/a.js ./assets/b.css">`, and what only one language's readers need
 * as `numbcheck:later-ru` and so on. The
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

/**
 * The meta element listing `files`, relative to the page (the build's `base` is './'); `language` names the list of
 * what only that language's readers fetch.
 */
export function laterMeta(files: readonly string[], language?: string): string {
  const name = language === undefined ? LATER_META : `${LATER_META}-${language}`;
  return `<meta name="${name}" content="${files.map((file) => `./${file}`).join(' ')}">`;
}

/** What the page fetches later: for everyone, and for the readers of each language. */
export interface LaterModules {
  /** Source paths' endings, e.g. `web/src/assessment.ts`. */
  everyone: readonly string[];
  byLanguage: Readonly<Record<string, readonly string[]>>;
}

/** The Vite plugin. */
export function listLaterFiles(modules: LaterModules): Plugin {
  return {
    name: 'numbcheck:later-files',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const { bundle, chunk } = context;
        if (bundle === undefined || chunk === undefined) return html;
        const filesOf = (list: readonly string[]): string[] => [
          ...new Set(list.flatMap((module) => laterFiles(bundle, chunk, module))),
        ];
        const everyone = filesOf(modules.everyone);
        const metas = [
          laterMeta(everyone),
          ...Object.entries(modules.byLanguage).map(([language, list]) =>
            laterMeta(
              filesOf(list).filter((file) => !everyone.includes(file)),
              language,
            ),
          ),
        ];
        return html.replace('</head>', () => `${metas.map((meta) => `    ${meta}\n`).join('')}  </head>`);
      },
    },
  };
}
