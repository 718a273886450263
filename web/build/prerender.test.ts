import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillAppRoot, lowerScriptPriority } from './prerender.ts';

describe('fillAppRoot', () => {
  it('puts the page inside the empty app element, leaving the rest as it was', () => {
    const html = '<body>\n<noscript>no</noscript>\n<div id="app"></div>\n</body>';
    assert.equal(
      fillAppRoot(html, '<main><h1>$& $1 start</h1></main>'),
      '<body>\n<noscript>no</noscript>\n<div id="app"><main><h1>$& $1 start</h1></main></div>\n</body>',
    );
  });

  it('fails the build when index.html has no empty app element', () => {
    assert.throws(
      () => fillAppRoot('<div id="app">filled</div>', '<p>x</p>'),
      /no empty <div id="app"><\/div>/,
    );
  });
});

describe('lowerScriptPriority', () => {
  it('marks module scripts and modulepreload links as low priority, once', () => {
    const html = [
      '<script type="module" crossorigin src="./assets/index-A1.js"></script>',
      '<link rel="modulepreload" crossorigin href="./assets/engine-B2.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-C3.css">',
      '<link rel="icon" href="./favicon.svg">',
    ].join('\n');
    const expected = [
      '<script type="module" fetchpriority="low" crossorigin src="./assets/index-A1.js"></script>',
      '<link rel="modulepreload" fetchpriority="low" crossorigin href="./assets/engine-B2.js">',
      '<link rel="stylesheet" crossorigin href="./assets/index-C3.css">',
      '<link rel="icon" href="./favicon.svg">',
    ].join('\n');
    assert.equal(lowerScriptPriority(html), expected);
    assert.equal(lowerScriptPriority(expected), expected);
  });
});
