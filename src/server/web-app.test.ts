import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { useTempDir } from '../suite-testkit.ts';
import { assertSecurityHeaders, errorOf, type RunningApp, startApp } from './testkit.ts';

const INDEX = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>numbcheck</title>
<script type="module" crossorigin src="./assets/index-Bx7f3a.js"></script></head>
<body><div id="app"></div></body></html>
`;

describe('the web app at /', () => {
  const dir = useTempDir('numbcheck-web-', async (made) => {
    await mkdir(join(made, 'built', 'assets'), { recursive: true });
    await writeFile(join(made, 'built', 'index.html'), INDEX);
    await writeFile(join(made, 'built', 'assets', 'index-Bx7f3a.js'), 'console.log("numbcheck");\n');
    await writeFile(join(made, 'built', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(join(made, 'built', 'sw.js'), 'self.addEventListener("fetch", () => {});\n');
    await writeFile(join(made, 'built', 'manifest.webmanifest'), '{"name":"numbcheck"}\n');
    await writeFile(join(made, 'built', '.env'), 'SECRET=1\n');
    await mkdir(join(made, 'empty'));
  });

  describe('built', () => {
    let server: RunningApp;
    before(async () => {
      server = await startApp({ webRoot: join(dir(), 'built') });
    });
    after(async () => {
      await server.close();
    });

    it('serves index.html at / with no-cache and the security headers', async () => {
      const response = await fetch(`${server.base}/`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      assert.equal(response.headers.get('cache-control'), 'no-cache');
      assertSecurityHeaders(response, 'index.html');
      assert.equal(await response.text(), INDEX);
    });

    it('serves hashed assets with a long, immutable cache and other files with no-cache', async () => {
      const asset = await fetch(`${server.base}/assets/index-Bx7f3a.js`);
      assert.equal(asset.status, 200);
      assert.match(asset.headers.get('content-type') ?? '', /javascript/);
      assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      assertSecurityHeaders(asset, 'asset');
      assert.equal(await asset.text(), 'console.log("numbcheck");\n');

      const icon = await fetch(`${server.base}/favicon.svg`);
      assert.equal(icon.status, 200);
      assert.equal(icon.headers.get('cache-control'), 'no-cache');
      await icon.body?.cancel();
    });

    it('serves the service worker and the web app manifest with their types, checked on every load', async () => {
      // A browser looks for a new version of the app by fetching sw.js again: it must never come from a cache.
      const worker = await fetch(`${server.base}/sw.js`);
      assert.equal(worker.status, 200);
      assert.match(worker.headers.get('content-type') ?? '', /^(application|text)\/javascript/);
      assert.equal(worker.headers.get('cache-control'), 'no-cache');
      assertSecurityHeaders(worker, 'sw.js');
      assert.match(worker.headers.get('content-security-policy') ?? '', /worker-src 'self'/);
      await worker.body?.cancel();

      const manifest = await fetch(`${server.base}/manifest.webmanifest`);
      assert.equal(manifest.status, 200);
      assert.match(manifest.headers.get('content-type') ?? '', /^application\/manifest\+json/);
      assert.equal(manifest.headers.get('cache-control'), 'no-cache');
      assert.match(manifest.headers.get('content-security-policy') ?? '', /manifest-src 'self'/);
      assert.deepEqual(await manifest.json(), { name: 'numbcheck' });
    });

    it('answers a missing asset, a dotfile or a path outside the folder with a JSON 404', async () => {
      for (const path of [
        '/assets/nothing.js',
        '/.env',
        '/..%2F..%2Fetc%2Fpasswd',
        '/assets/../../package.json',
      ]) {
        const response = await fetch(`${server.base}${path}`);
        assert.ok(response.status === 404 || response.status === 403, `${path}: ${response.status}`);
        const text = await response.text();
        assert.doesNotMatch(text, /SECRET|root:/, path);
      }
      const missing = await fetch(`${server.base}/assets/nothing.js`);
      assert.equal((await errorOf(missing)).code, 'NUMB_NOT_FOUND');
    });

    it('keeps the API beside it', async () => {
      const response = await fetch(`${server.base}/healthz`);
      assert.equal(response.status, 200);
      await response.body?.cancel();
    });
  });

  for (const [what, folder] of [
    ['a folder without index.html', 'empty'],
    ['no folder at all', 'missing'],
  ]) {
    it(`answers / with a 503 page saying to run npm run build when the web root is ${what}`, async () => {
      const server = await startApp({ webRoot: join(dir(), folder ?? '') });
      try {
        const response = await fetch(`${server.base}/`);
        assert.equal(response.status, 503);
        assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
        assertSecurityHeaders(response, '503 page');
        const html = await response.text();
        assert.match(html, /<html lang="en">/);
        assert.match(html, /<title>[^<]+<\/title>/);
        assert.match(html, /<h1>/);
        assert.match(html, /npm run build/);
      } finally {
        await server.close();
      }
    });
  }
});
