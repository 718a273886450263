import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge } from '../../src/knowledge/index.ts';
import { knowledgeFactsSource } from './knowledge-facts.ts';

describe('knowledgeFactsSource', () => {
  it('gives the start page the knowledge base’s version and notice as they are now', async () => {
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource())}`;
    const facts: { version: unknown; notice: unknown } = await import(url);
    assert.deepEqual(
      { version: facts.version, notice: facts.notice },
      { version: knowledge.version, notice: knowledge.notice },
    );
  });

  it('gives the emergency page the emergency guidance, the stroke and chest-pain rules and every source they cite', async () => {
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource())}`;
    const facts: { emergencyKnowledge: unknown } = await import(url);
    const emergency = JSON.stringify(facts.emergencyKnowledge);
    const level = knowledge.levels.find((l) => l.level === 'emergency');
    assert.ok(level);
    assert.ok(emergency.includes(JSON.stringify(level.summary)), 'the emergency summary');
    for (const id of ['stroke_signs', 'chest_pain']) {
      const rule = knowledge.rules.find((r) => r.id === id);
      assert.ok(rule && emergency.includes(JSON.stringify(rule.text)), id);
      for (const source of rule.sources)
        assert.ok(emergency.includes(`"id":"${source}"`), `${id} cites ${source}`);
    }
    assert.ok(emergency.length < 20_000, `small enough for the start page (${emergency.length} characters)`);
  });

  it('keeps quotes and line breaks in the text as text', async () => {
    const notice = 'Say "now"\nand \\ more </script>';
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource({ ...knowledge, notice }))}`;
    const facts: { notice: unknown } = await import(url);
    assert.equal(facts.notice, notice);
  });
});
