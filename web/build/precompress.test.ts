import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { useTempDir } from '../../src/suite-testkit.ts';
import { precompressFolder } from './precompress.ts';

/** Repetitive enough to compress well, like a built bundle. */
const SCRIPT = Array.from(
  { length: 200 },
  (_, i) => `export const finding${i} = { id: "f${i}", basis: "estimate" };`,
)
  .join('\n')
  .concat('\n');
const PAGE = `<!doctype html><html lang="en"><head><title>numbcheck</title></head><body>${'<p>numb</p>'.repeat(50)}</body></html>`;
/** Random bytes under a compressible name: brotli and gzip cannot make them smaller. */
const NOISE = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256));
const PNG = Buffer.from([
  0x89,
  0x50,
  0x4e,
  0x47,
  ...Buffer.from('not really an image, but named as one '.repeat(20)),
]);

/** Compares bytes without asking assert for a diff, which on a 50 KB bundle takes minutes. */
function assertSameBytes(actual: Buffer, expected: Buffer, what: string): void {
  assert.ok(
    actual.equals(expected),
    `${what}: ${actual.length} bytes differ from the expected ${expected.length}`,
  );
}

describe('precompressFolder', () => {
  const dir = useTempDir('numbcheck-precompress-', async (made) => {
    await mkdir(join(made, 'assets'));
    await writeFile(join(made, 'index.html'), PAGE);
    await writeFile(join(made, 'assets', 'index-Ab12Cd.js'), SCRIPT);
    await writeFile(join(made, 'assets', 'noise.svg'), NOISE);
    await writeFile(join(made, 'icon.png'), PNG);
  });

  it('writes a .br and a .gz copy beside each text file that decode to the same bytes', async () => {
    const report = await precompressFolder(dir());
    for (const [file, content] of [
      ['index.html', Buffer.from(PAGE)],
      ['assets/index-Ab12Cd.js', Buffer.from(SCRIPT)],
    ] as const) {
      const path = join(dir(), file);
      const br = readFileSync(`${path}.br`);
      const gz = readFileSync(`${path}.gz`);
      assertSameBytes(brotliDecompressSync(br), content, `${file}.br`);
      assertSameBytes(gunzipSync(gz), content, `${file}.gz`);
      assert.ok(br.length < content.length && gz.length < content.length, file);
      assert.deepEqual(
        report.find((entry) => entry.file === file),
        { file, raw: content.length, br: br.length, gzip: gz.length },
        file,
      );
    }
  });

  it('writes no copy that would be no smaller, and leaves other formats alone', () => {
    // The folder was compressed by the test above; the files it skipped are still without copies.
    assert.equal(existsSync(join(dir(), 'assets', 'noise.svg.br')), false);
    assert.equal(existsSync(join(dir(), 'assets', 'noise.svg.gz')), false);
    assert.equal(existsSync(join(dir(), 'icon.png.br')), false);
    assert.equal(existsSync(join(dir(), 'icon.png.gz')), false);
  });

  it('lists what it did, sorted, and does not compress its own copies when run again', async () => {
    const report = await precompressFolder(dir());
    assert.deepEqual(
      report.map((entry) => entry.file),
      ['assets/index-Ab12Cd.js', 'assets/noise.svg', 'index.html'],
    );
    assert.deepEqual(
      report.find((entry) => entry.file === 'assets/noise.svg'),
      {
        file: 'assets/noise.svg',
        raw: NOISE.length,
        br: null,
        gzip: null,
      },
    );
    assert.equal(existsSync(join(dir(), 'index.html.br.br')), false);
    assert.equal(existsSync(join(dir(), 'index.html.gz.gz')), false);
  });
});
