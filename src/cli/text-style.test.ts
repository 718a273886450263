import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  type Diary,
  diaryInsights,
  diarySummary,
  newBctqRecord,
  newSavedAssessment,
  sampleDiary,
} from '../diary/index.ts';
import { assess, parseAnswers } from '../engine/index.ts';
import { MEDIUM_DATE, styleProblems } from '../format/testkit.ts';
import { knowledge } from '../knowledge/index.ts';
import { PREVENTION_DEFAULTS } from '../prevent/settings.ts';
import { scheduleText } from './commands/breaks.ts';
import { renderInsights, renderList } from './diary-report.ts';
import { renderReport } from './report.ts';
import { PLAIN } from './text.ts';

/**
 * One style of dates, percentages and lengths of time in everything numbcheck writes for a person in the terminal and
 * in the diary's sentences (which the web app's insights and doctor's report show as they come).
 */

const END = '2026-12-06T20:00:00.000Z';

function diaryWithEverything(): Diary {
  const diary = sampleDiary({ days: 120, end: END, utcOffsetMinutes: 60 });
  const at = (now: string, id: string) => ({ id, now, utcOffsetMinutes: 60 });
  const bctq = (score: number) =>
    Object.fromEntries(
      ['night_pain_severity', 'numbness', 'tingling', 'weakness', 'night_numbness_severity'].map((id) => [
        id,
        score,
      ]),
    );
  return {
    ...diary,
    assessments: [
      newSavedAssessment(
        { stroke_signs: [], heart_signs: [], other_danger_signs: [] },
        at('2026-10-01T08:00:00Z', 'a1'),
      ),
      newSavedAssessment(
        {
          stroke_signs: [],
          heart_signs: [],
          other_danger_signs: [],
          hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
        },
        at('2026-11-20T08:00:00Z', 'a2'),
      ),
    ],
    bctq: [
      newBctqRecord(bctq(4), at('2026-09-01T08:00:00Z', 'b1')),
      newBctqRecord(bctq(2), at('2026-11-30T08:00:00Z', 'b2')),
    ],
  };
}

function caseReports(): string[] {
  const dir = new URL('../../examples/cases/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const story: unknown = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      const answers = typeof story === 'object' && story !== null && 'answers' in story ? story.answers : {};
      return renderReport(assess(parseAnswers(answers, knowledge), knowledge), knowledge, PLAIN);
    });
}

describe('one style of dates, percentages and durations', () => {
  it('the style check finds each kind of break it names', () => {
    for (const text of [
      'Carpal tunnel 95 %',
      'Latest assessment, 2026-11-09: self-care',
      'Latest assessment, Dec 6, 2026: self-care',
      'on 12/06/2026',
      'on 6 December 2026',
      'Time: 90 s × 3 times',
      'a run of 30 min',
    ]) {
      assert.notDeepEqual(styleProblems(text), [], text);
    }
    assert.deepEqual(styleProblems('Carpal tunnel 95%, on 6 Dec 2026, for 1 minute, 30 seconds × once'), []);
  });

  it('holds in the terminal report of every example case', () => {
    const reports = caseReports();
    assert.ok(reports.length >= 20);
    const all = reports.join('\n');
    assert.match(all, /\d%/, 'the reports show chances');
    assert.match(all, /\d+ seconds?/, 'the reports show exercise times');
    assert.deepEqual(styleProblems(all), []);
  });

  it('holds in the diary listing, its insights, and the summary for a doctor', () => {
    const diary = diaryWithEverything();
    const insights = diaryInsights(diary, { now: END, utcOffsetMinutes: 60 });
    const summary = diarySummary(
      diary,
      { from: '2026-09-01T00:00:00.000Z', to: END },
      { utcOffsetMinutes: 60 },
    );
    const texts = {
      list: renderList(diary.episodes, diary.exposures, PLAIN),
      insights: renderInsights(insights, knowledge, PLAIN),
      summary: summary.text.join('\n'),
    };
    for (const [name, text] of Object.entries(texts)) {
      assert.match(text, MEDIUM_DATE, `${name} shows dates`);
      assert.deepEqual(styleProblems(text), [], name);
    }
    assert.match(texts.insights, /\d%/, 'the insights show chances');
  });

  it('holds in the break coach’s schedule', () => {
    const text = scheduleText(PREVENTION_DEFAULTS, knowledge, 80);
    assert.match(text, /\d+ seconds/);
    assert.deepEqual(styleProblems(text), []);
  });
});
