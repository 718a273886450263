import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { AREAS as ENGLISH_AREAS } from './en/index.ts';
import { catalogOf, LANGUAGES, pickLanguage, translator } from './index.ts';
import { AREAS as RUSSIAN_AREAS } from './ru/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The names of a message's placeholders, in its plural and select branches too. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]): void => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/** The code that may use the messages: everything under src/ and web/src but the catalogs and the tests. */
function sourceText(): string {
  const texts: string[] = [];
  const read = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(ROOT, 'src', 'messages')) read(path);
      } else if (/\.tsx?$/.test(entry.name) && !entry.name.includes('.test.')) {
        texts.push(readFileSync(path, 'utf8'));
      }
    }
  };
  read(join(ROOT, 'src'));
  read(join(ROOT, 'web', 'src'));
  return texts.join('\n');
}

describe('the message catalogs', () => {
  const english = catalogOf('en');

  it('hold the same keys in every language', () => {
    for (const language of LANGUAGES) {
      const keys = Object.keys(catalogOf(language)).sort();
      assert.deepEqual(keys, Object.keys(english).sort(), `${language}: keys differ from English`);
    }
  });

  it('define each key in one part of the product only, so no part overwrites another’s words', () => {
    for (const areas of [ENGLISH_AREAS, RUSSIAN_AREAS]) {
      const seen = new Map<string, string>();
      const twice: string[] = [];
      for (const [area, messages] of Object.entries(areas)) {
        for (const key of Object.keys(messages)) {
          const first = seen.get(key);
          if (first) twice.push(`${key} in ${first} and ${area}`);
          seen.set(key, area);
        }
      }
      assert.deepEqual(twice, []);
    }
  });

  it('give every message the same placeholders in every language', () => {
    const problems: string[] = [];
    for (const language of LANGUAGES) {
      for (const [key, message] of Object.entries(catalogOf(language))) {
        const want = placeholders(english[key as keyof typeof english]);
        const got = placeholders(message);
        if (want.join() !== got.join()) problems.push(`${language} ${key}: {${got}} instead of {${want}}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('hold no key the code does not use', () => {
    const code = sourceText();
    const unused = Object.keys(english).filter((key) => !code.includes(`'${key}'`));
    assert.deepEqual(unused, []);
  });

  it('write plurals and numbers by each language’s rules', () => {
    assert.equal(translator('en')('result.showSources', { count: 1 }), 'Show the source');
    assert.equal(translator('en')('advice.count', { steps: 6, exercises: 2 }), '6 steps, 2 exercises');
    assert.equal(translator('en')('advice.count', { steps: 1, exercises: 0 }), '1 step');
    assert.equal(translator('ru')('advice.count', { steps: 5, exercises: 2 }), '5 шагов, 2 упражнения');
    assert.equal(translator('ru')('advice.count', { steps: 21, exercises: 1 }), '21 шаг, 1 упражнение');
  });

  it('picks the first language it speaks from what is preferred, else English', () => {
    assert.equal(pickLanguage(['ru-RU', 'en']), 'ru');
    assert.equal(pickLanguage(['de-DE', 'ru_RU.UTF-8']), 'ru');
    assert.equal(pickLanguage(['fr']), 'en');
    assert.equal(pickLanguage([]), 'en');
  });
});
