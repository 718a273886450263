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

  it('gives the emergency page the emergency guidance, every kind of emergency with its steps, and every source they cite', async () => {
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource())}`;
    const facts: { emergencyKnowledge: unknown } = await import(url);
    const emergency = JSON.stringify(facts.emergencyKnowledge);
    const level = knowledge.levels.emergency;
    assert.ok(level);
    assert.ok(emergency.includes(JSON.stringify(level.summary)), 'the emergency summary');
    for (const kind of knowledge.emergencyKinds) {
      const steps = [...kind.now, ...kind.tell, ...kind.wait];
      for (const step of steps) {
        assert.ok(emergency.includes(JSON.stringify(step.text)), `${kind.id}: ${step.id}`);
        for (const source of step.sources)
          assert.ok(emergency.includes(`"id":"${source}"`), `${kind.id}: ${step.id} cites ${source}`);
      }
    }
    // The rules themselves stay with the rest of the knowledge: the page without an assessment needs none.
    assert.ok(!emergency.includes('"when"'), 'no rule conditions');
    assert.ok(emergency.length < 20_000, `small enough for the start page (${emergency.length} characters)`);
  });

  it('keeps quotes and line breaks in the text as text', async () => {
    const notice = 'Say "now"\nand \\ more </script>';
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource({ ...knowledge, notice }))}`;
    const facts: { notice: unknown } = await import(url);
    assert.equal(facts.notice, notice);
  });
});
