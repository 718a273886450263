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

  it('keeps quotes and line breaks in the text as text', async () => {
    const notice = 'Say "now"\nand \\ more </script>';
    const url = `data:text/javascript,${encodeURIComponent(knowledgeFactsSource({ version: '1', notice }))}`;
    const facts: { notice: unknown } = await import(url);
    assert.equal(facts.notice, notice);
  });
});
