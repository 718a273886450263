import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LANGUAGES } from '../messages/index.ts';
import { KNOWLEDGE_TEXTS, readableIn } from './languages.ts';
import { localize, textsOf } from './localize.ts';
import { englishTexts } from './readable.ts';

const english = englishTexts();

describe('the knowledge in each language', () => {
  for (const language of LANGUAGES.filter((code) => code !== 'en')) {
    const texts = KNOWLEDGE_TEXTS[language];

    it(`${language}: has a text for every English one and none for a place English lacks`, () => {
      const missing = [...english.keys()].filter((place) => !(place in texts));
      const extra = Object.keys(texts).filter((place) => !english.has(place));
      assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
    });

    it(`${language}: writes every text in its own alphabet, not left blank or in English`, () => {
      const problems = Object.entries(texts)
        .filter(([, text]) => text.trim() === '' || !/[а-яё]/i.test(text))
        .map(([place, text]) => `${place}: ${JSON.stringify(text)}`);
      assert.deepEqual(problems, []);
    });

    it(`${language}: changes only words, never an id, number, level or source`, () => {
      const { knowledge } = readableIn(language);
      const backInEnglish = localize(knowledge, Object.fromEntries(english));
      assert.deepEqual(backInEnglish, readableIn('en').knowledge);
    });
  }

  it('names each text by ids, so a text keeps its place when others are added', () => {
    const places = [...english.keys()];
    assert.ok(places.includes('causes.carpal_tunnel.selfCare.cts_night_splint.text'));
    assert.ok(places.includes('bctq.symptomSeverity.items.numbness.text'));
    assert.ok(!places.some((place) => place.startsWith('sources.')), 'sources keep their own titles');
  });

  it('takes a language’s word where it has one and keeps English where it does not', () => {
    const causes = [
      { id: 'a', name: 'Carpal tunnel', sources: ['S'] },
      { id: 'b', name: 'Stroke' },
    ];
    assert.deepEqual(localize({ causes }, { 'causes.a.name': 'Туннельный синдром' }), {
      causes: [
        { id: 'a', name: 'Туннельный синдром', sources: ['S'] },
        { id: 'b', name: 'Stroke' },
      ],
    });
    assert.deepEqual([...textsOf({ causes }).keys()], ['causes.a.name', 'causes.b.name']);
  });
});
