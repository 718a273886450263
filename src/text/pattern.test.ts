import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileLexicon, withinOneEdit } from './compile.ts';
import { en } from './lexicon/en.ts';
import { compilePattern, expandMacros, type MatchContext, matchAt, PatternError } from './pattern.ts';
import { tokenize } from './tokenize.ts';

const lexicon = compileLexicon(en);

/** The words a pattern matches at the start of `text`, or null. */
function match(pattern: string, text: string): string | null {
  const tokens = tokenize(text, lexicon);
  const context: MatchContext = {
    tokens,
    barrier: tokens.map((t) => t.kind === 'stop' || lexicon.terminatorWords.has(t.norm)),
    numberAt: (i) => lexicon.numbersAt(tokens, i),
  };
  const found = matchAt(
    compilePattern(pattern, (w) => w),
    0,
    context,
  );
  return found === null ? null : text.slice(tokens[found.start]?.start, tokens[found.end - 1]?.end);
}

describe('the pattern language', () => {
  it('matches words, alternatives, prefixes and optional words', () => {
    assert.equal(match('pins and needles', 'pins and needles in my hand'), 'pins and needles');
    assert.equal(match('chest pain|pressure', 'chest pressure'), 'chest pressure');
    assert.equal(match('tingl*', 'Tingly fingers'), 'Tingly');
    assert.equal(match('my? left hand', 'left hand'), 'left hand');
    assert.equal(match('my? left hand', 'my left hand'), 'my left hand');
  });

  it('lets a gap skip a few words, but never across a sentence end or "but"', () => {
    assert.equal(match('neck [3] arm', 'neck pain down my arm'), 'neck pain down my arm');
    assert.equal(match('neck [3] arm', 'neck pain. My arm'), null);
    assert.equal(match('neck [3] arm', 'neck but arm'), null);
  });

  it('reads numbers in digits, words and phrases', () => {
    assert.equal(match('# weeks', '6 weeks'), '6 weeks');
    assert.equal(match('# year old', 'sixty-four year old'), 'sixty-four year old');
    assert.equal(match('for # days', 'for a couple of days'), 'for a couple of days');
  });

  it('checks the next word without taking it', () => {
    assert.equal(match('ring !finger', 'ring finger'), null);
    assert.equal(match('ring !finger', 'ring and watch'), 'ring');
  });

  it('expands macros into every combination, and refuses malformed patterns', () => {
    assert.deepEqual(expandMacros('@A? pain', { A: ['chest', 'arm'] }), ['chest pain', 'arm pain', 'pain']);
    assert.throws(() => expandMacros('@NOPE', {}), PatternError);
    assert.throws(() => compilePattern('[2] pain', (w) => w), PatternError);
    assert.throws(() => compilePattern('pain [2]', (w) => w), PatternError);
  });
});

describe('the tokeniser and the word normaliser', () => {
  it('drops apostrophes, splits hyphens and keeps offsets into the text', () => {
    const text = "I don't have pins-and-needles";
    const tokens = tokenize(text, lexicon);
    assert.deepEqual(
      tokens.map((t) => t.norm),
      ['i', 'dont', 'have', 'pins', 'and', 'needles'],
    );
    assert.equal(text.slice(tokens[1]?.start, tokens[1]?.end), "don't");
  });

  it('corrects listed misspellings and, for long words, one edit', () => {
    assert.equal(lexicon.normalise('numbess'), 'numbness');
    assert.equal(lexicon.normalise('Tingeling'), 'tingling');
    assert.equal(lexicon.normalise('fingres'), 'fingers');
    assert.equal(lexicon.normalise('seeing'), 'seeing');
    assert.ok(withinOneEdit('needels', 'needles'));
    assert.ok(!withinOneEdit('needle', 'noodles'));
  });
});
