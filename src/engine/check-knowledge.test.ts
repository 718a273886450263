import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge } from '../knowledge/index.ts';
import type { Knowledge } from '../knowledge/schema.ts';
import { checkKnowledge } from './check-knowledge.ts';

describe('knowledge check', () => {
  it('passes for the shipped knowledge', () => {
    assert.deepEqual(checkKnowledge(knowledge), []);
  });

  it('reports a missing cause, an unsourced rule and an unknown finding, with where they are', () => {
    const broken: Knowledge = {
      ...knowledge,
      causes: knowledge.causes.filter((c) => c.id !== 'raynaud'),
      rules: [
        ...knowledge.rules,
        { id: 'made_up', level: 'urgent', when: { finding: 'no_such_finding' }, text: 'x', sources: [] },
      ],
    };
    const problems = checkKnowledge(broken);
    assert.ok(problems.some((p) => p.path === 'causes.raynaud' && p.message.includes('missing')));
    assert.ok(problems.some((p) => p.path === 'rules.made_up' && p.message === 'cites no source'));
    assert.ok(problems.some((p) => p.path === 'rules.made_up' && p.message.includes('no_such_finding')));
  });

  it('reports a finding that no question sets and a cause no answer can raise', () => {
    const broken: Knowledge = {
      ...knowledge,
      findings: [
        ...knowledge.findings,
        {
          id: 'orphan',
          label: 'Orphan',
          baseRate: 0.1,
          baseRateBasis: 'estimate',
          baseRateSources: ['NHS-PINS'],
        },
      ],
      causes: knowledge.causes.map((c) =>
        c.id === 'anemia'
          ? {
              ...c,
              likelihoods: Object.fromEntries(
                Object.entries(c.likelihoods).map(([id, l]) => [id, { ...l, ifCause: 0.011, ifNot: 0.5 }]),
              ),
            }
          : c,
      ),
    };
    const problems = checkKnowledge(broken);
    assert.ok(
      problems.some((p) => p.path === 'findings.orphan' && p.message === 'no question sets this finding'),
    );
    assert.ok(problems.some((p) => p.path === 'causes.anemia' && p.message.includes('unreachable')));
  });
});
