import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { assess, parseAnswers } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import type { CauseId, TriageLevel } from '../knowledge/schema.ts';
import { parseText } from './parse.ts';

/** A development story: its text, and the triage and causes a careful clinician expects. */
interface Vignette {
  id: string;
  text: string;
  triage: TriageLevel;
  ok: TriageLevel[];
  causes: CauseId[];
}

// The shared vignettes sit beside the repository, not in it.
const file = new URL('../../../shared/vignettes/dev.json', import.meta.url);
if (!existsSync(file)) {
  throw new Error(
    `The development vignettes are missing: expected ${fileURLToPath(file)} (the shared folder beside the repository).`,
  );
}
const vignettes: Vignette[] = JSON.parse(readFileSync(file, 'utf8')).cases;

describe('development stories, from their words alone (--text)', () => {
  assert.equal(vignettes.length, 24);
  for (const v of vignettes) {
    it(`${v.id}: ${v.text.slice(0, 60)}…`, () => {
      const understood = parseText(v.text);
      const result = assess(parseAnswers(understood.answers, knowledge), knowledge);
      const top = result.causes.slice(0, 3).map((c) => `${c.id} ${c.probability}`);
      const seen = `level ${result.triage.level}; top: ${top.join(', ')}`;
      assert.ok(
        [v.triage, ...v.ok].includes(result.triage.level),
        `${v.id} expected ${v.triage}; got ${seen}`,
      );
      assert.ok(
        result.causes.slice(0, 3).some((c) => v.causes.includes(c.id)),
        `${v.id} expected one of ${v.causes} in the top three; got ${seen}`,
      );
    });
  }
});
