import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { locatePath, parseJsonText, positionAt } from './json-location.ts';

const TEXT = '{\n  "heart_signs": {\n    "chest_pain": "yes"\n  },\n  "list": [1, 2,\n    3]\n}\n';

describe('json-location', () => {
  it('counts lines and columns from 1', () => {
    assert.deepEqual(positionAt('ab\ncd', 0), { line: 1, column: 1 });
    assert.deepEqual(positionAt('ab\ncd', 4), { line: 2, column: 2 });
  });

  it('finds the line of a value by its path, or of the deepest part that exists', () => {
    assert.equal(locatePath(TEXT, ['heart_signs', 'chest_pain'])?.line, 3);
    assert.equal(locatePath(TEXT, ['heart_signs'])?.line, 2);
    assert.equal(locatePath(TEXT, ['list', 2])?.line, 6);
    assert.equal(locatePath(TEXT, ['heart_signs', 'breathless'])?.line, 2);
    assert.equal(locatePath(TEXT, [])?.line, 1);
  });

  it('reports malformed JSON with the file, line and column', () => {
    assert.deepEqual(parseJsonText('{"a": 1}', 'x.json'), { a: 1 });
    const cases: [string, RegExp][] = [
      ['{\n  "a": 1\n  "b": 2\n}', /^x\.json line 3, column 3: expected ',' between items$/],
      ['{\n  "a": 1,\n}', /^x\.json line 3, column 1: expected a property name in double quotes$/],
      ["{\n  'a': 1\n}", /^x\.json line 2, column 3: /],
      ['', /^x\.json: is empty/],
    ];
    for (const [text, message] of cases) {
      assert.throws(
        () => parseJsonText(text, 'x.json'),
        (error: unknown) =>
          error instanceof NumbError && error.code === 'NUMB_BAD_JSON' && message.test(error.message),
        text,
      );
    }
  });
});
