import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BuiltChunk, type Bundle, laterFiles, laterMeta } from './later-files.ts';

/** A built chunk with only what laterFiles reads. */
function chunk(
  fileName: string,
  imports: string[],
  css: string[] = [],
  facadeModuleId: string | null = null,
): BuiltChunk {
  return { type: 'chunk', fileName, imports, facadeModuleId, viteMetadata: { importedCss: new Set(css) } };
}

const entry = chunk(
  'assets/index-A.js',
  ['assets/preact-B.js'],
  ['assets/index-A.css'],
  '/r/web/src/main.tsx',
);
const bundle: Bundle = Object.fromEntries(
  [
    entry,
    chunk('assets/preact-B.js', []),
    chunk(
      'assets/assessment-C.js',
      ['assets/preact-B.js', 'assets/engine-D.js'],
      ['assets/hand-map-E.css'],
      '/r/web/src/assessment.ts',
    ),
    chunk('assets/engine-D.js', ['assets/knowledge-F.js']),
    chunk('assets/knowledge-F.js', []),
    chunk('assets/diary-G.js', ['assets/engine-D.js'], [], '/r/web/src/diary/diary-section.tsx'),
  ].map((c) => [c.fileName, c]),
);

describe('laterFiles', () => {
  it('lists the later module, what it imports and its style sheets, but nothing the page already loaded', () => {
    assert.deepEqual(laterFiles(bundle, entry, 'web/src/assessment.ts'), [
      'assets/assessment-C.js',
      'assets/engine-D.js',
      'assets/hand-map-E.css',
      'assets/knowledge-F.js',
    ]);
  });

  it('fails the build when the module is not in it', () => {
    assert.throws(() => laterFiles(bundle, entry, 'web/src/missing.ts'), /no chunk of web\/src\/missing\.ts/);
  });
});

describe('laterMeta', () => {
  it('lists the files relative to the page', () => {
    assert.equal(
      laterMeta(['assets/a.js', 'assets/b.css']),
      '<meta name="numbcheck:later" content="./assets/a.js ./assets/b.css">',
    );
  });

  it('names a language’s own list after it', () => {
    assert.equal(
      laterMeta(['assets/ru.js'], 'ru'),
      '<meta name="numbcheck:later-ru" content="./assets/ru.js">',
    );
  });
});
