import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { AREAS as ENGLISH_AREAS } from './en/index.ts';
import { AREAS as RUSSIAN_AREAS } from './ru/index.ts';
import { fillPlainMessage } from './start-words.ts';

/** Whether a message is text and `{name}` placeholders only: what `fillPlainMessage` writes right. */
function isPlain(message: string): boolean {
  const plain = (elements: readonly MessageFormatElement[]): boolean =>
    elements.every((element) => element.type === TYPE.literal || element.type === TYPE.argument);
  return plain(parse(message));
}

describe('the plain areas, written without FormatJS', () => {
  it('hold no plural, choice, number format or quoting in any language', () => {
    const problems: string[] = [];
    for (const areas of [ENGLISH_AREAS, RUSSIAN_AREAS]) {
      for (const messages of [areas.start, areas.places]) {
        for (const [key, message] of Object.entries(messages)) {
          if (!isPlain(message) || message.includes("'")) problems.push(`${key}: ${message}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('fills placeholders by name and leaves an unknown one showing', () => {
    assert.equal(fillPlainMessage('Call {number}', { number: '112' }), 'Call 112');
    assert.equal(fillPlainMessage('Позвонить {number}'), 'Позвонить {number}');
  });
});
