import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { knowledge, readableIn } from '../knowledge/index.ts';
import { changesWorthALook } from './changes.ts';
import { aWeekOfEpisodes, ep, run } from './diary-testkit.ts';
import type { Episode } from './episode.ts';
import { parseExposure } from './exposure.ts';
import { assessmentHistory, bctqHistory, compareInterventions, patterns, trend } from './insights.ts';
import { newBctqRecord, newSavedAssessment } from './records.ts';
import { compareSeverity, interventionsTried } from './severity-comparison.ts';
import { diaryInsights, diarySummary } from './summary.ts';
import { DAY_MS } from './time.ts';
import { activityLabel, activityLabelIn, countOf, EXPOSURE_WORDS, exposureWords } from './vocabulary.ts';

/** The diary's sentences in Russian: the same facts as in English, with Russian plurals, numbers and dates. */

/** Intl writes a space before the percent sign in Russian, a no-break one. */
const PERCENT_95 = '95\u00a0%';

let hours = 0;
function rated(values: (number | null)[], interventions: string[] = []): Episode[] {
  return values.map((severity) =>
    ep(new Date(Date.UTC(2026, 10, 1) + ++hours * 3_600_000).toISOString(), { severity, interventions }),
  );
}

/** Episodes at 03:00 UTC on consecutive days. */
function episodes(count: number): Episode[] {
  return Array.from({ length: count }, (_, i) =>
    ep(new Date(Date.UTC(2026, 10, 1, 3) + i * DAY_MS).toISOString()),
  );
}

describe('the diary in Russian', () => {
  it('counts episodes with the Russian plural forms', () => {
    const firstLine = (count: number) => patterns(episodes(count), 'ru').text[0];
    assert.equal(firstLine(1), '1 эпизод.');
    assert.equal(firstLine(2), '2 эпизода.');
    assert.equal(firstLine(5), '5 эпизодов.');
    assert.equal(firstLine(11), '11 эпизодов.');
    assert.equal(firstLine(21), '21 эпизод.');
    assert.equal(firstLine(22), '22 эпизода.');
    assert.deepEqual(patterns([], 'ru').text, ['Эпизодов пока не записано.']);
  });

  it('says the patterns in Russian, with a decimal comma, and labels the charts in Russian', () => {
    const p = patterns(aWeekOfEpisodes(), 'ru');
    assert.deepEqual(p.text, [
      '5 эпизодов.',
      'Чаще всего ночью (00–06): 4 из 5.',
      'Чаще по понедельникам: 4 из 5.',
      'Чаще всего во сне или при пробуждении: 3 из 5, средняя выраженность — 5,0 из 10.',
      'Руки: правая рука — 3, обе руки — 1, не отмечено — 1.',
      'Чаще всего отмечены: указательный палец — 3, большой палец — 1, средний палец — 1.',
      'Средняя выраженность — 4,0 из 10 (эпизодов с оценкой: 3).',
      'Обычная длительность — 20 минут (медиана по 2 эпизодам).',
    ]);
    assert.equal(p.timeOfDay[0]?.label, 'ночь (00–06)');
    assert.equal(p.dayOfWeek[0]?.label, 'Понедельник');
    assert.equal(p.dayOfWeek[0]?.key, 'monday', 'keys stay the same in every language');
    assert.equal(p.activities[0]?.label, 'Сон или пробуждение');
    assert.equal(p.places.find((place) => place.place === 'index')?.label, 'указательный палец');
    assert.deepEqual(
      p.about,
      {
        time: ['Чаще всего ночью (00–06): 4 из 5.'],
        day: ['Чаще по понедельникам: 4 из 5.'],
        activity: ['Чаще всего во сне или при пробуждении: 3 из 5, средняя выраженность — 5,0 из 10.'],
        hands: [
          'Руки: правая рука — 3, обе руки — 1, не отмечено — 1.',
          'Чаще всего отмечены: указательный палец — 3, большой палец — 1, средний палец — 1.',
        ],
      },
      'each chart carries its own sentences, found by what they are about, not by their words',
    );
  });

  it('says in Russian that no time of day or activity stands out when two are as frequent', () => {
    const tied = patterns(
      [
        ep('2026-11-02T08:00:00Z', { activities: ['keyboard'] }),
        ep('2026-11-03T20:00:00Z', { activities: ['phone'] }),
      ],
      'ru',
    );
    assert.deepEqual(tied.about.time, ['Ни одно время суток не выделяется.']);
    assert.deepEqual(tied.about.activity, [
      'Одинаково часто во время печати или работы с мышью и когда вы держите телефон: по 1 из 2.',
    ]);
  });

  it('writes the trend in Russian, and the same figures as in English', () => {
    const now = '2026-11-30T12:00:00.000Z';
    const daysAgo = (days: number) => new Date(Date.parse(now) - days * DAY_MS).toISOString();
    const all = [
      ...[35, 40, 45].map((d) => ep(daysAgo(d), { severity: 2 })),
      ...[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23].map((d) => ep(daysAgo(d), { severity: d < 10 ? 6 : 5 })),
    ];
    const russian = trend(all, now, daysAgo(60), 0, 'ru');
    assert.deepEqual(russian.text, [
      `В последнее время эпизодов больше: 12 эпизодов за последние 4 недели, 3 за 4 недели до них (отношение частот 4,0, ${PERCENT_95} доверительный интервал 1,1–14).`,
      'В последнее время тяжелее: средняя выраженность 5,4 за последние 4 недели, 2,0 за 4 недели до них.',
    ]);
    const english = trend(all, now, daysAgo(60), 0);
    assert.deepEqual([russian.frequency, russian.severity], [english.frequency, english.severity]);
    assert.match(trend(all, now, daysAgo(10), 0, 'ru').text[0] ?? '', /^Для тренда пока мало данных/);
  });

  it('compares periods with and without an intervention in Russian, declining the intervention and the periods', () => {
    const runs = [
      ...Array.from({ length: 10 }, (_, i) => run(i, ['hand_expander'], i < 2 ? 1 : 0)),
      ...Array.from({ length: 10 }, (_, i) => run(20 + i, [], 1)),
    ];
    const [c] = compareInterventions(runs, [], 'ru');
    assert.equal(c?.verdict, 'fewer');
    assert.equal(
      c?.text,
      `Меньше эпизодов на пробежках с кистевым эспандером (отношение частот 0,2, ${PERCENT_95} доверительный интервал 0,04–0,9): 2 эпизода за 10 пробежек с ним, 10 эпизодов за 10 пробежек без него.`,
    );
    const [few] = compareInterventions(
      [run(1, ['splint'], 0), run(2, ['splint'], 0), run(3, [], 2), run(4, [], 1), run(5, [], 3)],
      [],
      'ru',
    );
    assert.equal(
      few?.text,
      'Пока мало данных, чтобы сравнить эпизоды на пробежках с шиной на запястье и без неё: 2 пробежки с ней и 3 без неё; нужно хотя бы по 3 с каждой стороны.',
    );
    const [unclear] = compareInterventions(
      [
        run(1, ['splint'], 1),
        run(2, ['splint'], 0),
        run(3, ['splint'], 1),
        run(4, [], 1),
        run(5, [], 2),
        run(6, [], 1),
      ],
      [],
      'ru',
    );
    assert.match(
      unclear?.text ?? '',
      /^Пока нет явной разницы в числе эпизодов на пробежках с шиной на запястье и без неё \(/,
    );
  });

  it('keeps the honesty of the severity comparison in Russian: together, not caused; no clear difference', () => {
    const less = compareSeverity('splint', rated([2, 3, 4], ['splint']), rated([5, 6, 7]), 'ru');
    assert.equal(
      less.text,
      `Эпизоды, записанные с шиной на запястье, были в среднем на 3,0 балла слабее (${PERCENT_95} доверительный интервал: от 0,7 до 5,3 балла; в среднем 3,0 из 10 с ней, 6,0 без неё), 3 оценённых эпизода с ней и 3 без неё. Это показывает, что происходило одновременно, а не то, что это вызвано шиной на запястье.`,
    );
    const unclear = compareSeverity('splint', rated([1, 2, 3, 4, 5], ['splint']), rated([4, 6, 8]), 'ru');
    assert.equal(unclear.verdict, 'no_clear_difference');
    assert.match(
      unclear.text,
      /^Явной разницы в выраженности между эпизодами, записанными с шиной на запястье и без неё, нет /,
    );
    assert.match(
      unclear.text,
      /5 оценённых эпизодов с ней и 3 без неё\. Это показывает, что происходило одновременно, а не то, что это вызвано шиной на запястье\.$/,
    );
    const short = compareSeverity('breaks', rated([1, 2, 3], ['breaks']), rated([4, 5]), 'ru');
    assert.match(short.text, /^Пока мало данных: нужно ещё 1 оценённый эпизод без регулярных перерывов, /);
    const both = compareSeverity('splint', rated([2], ['splint']), rated([4, null]), 'ru');
    assert.match(
      both.text,
      /^Пока мало данных: нужно ещё 2 оценённых эпизода с шиной на запястье и ещё 2 без неё, /,
    );
  });

  it('names an intervention of the person’s own in quotes', () => {
    const c = compareSeverity('ice_hockey', rated([2, 3, 4], ['ice_hockey']), rated([5, 6, 7]), 'ru');
    assert.match(c.text, /^Эпизоды, записанные с «ice hockey», были/);
    assert.match(c.text, /а не то, что это вызвано «ice hockey»\.$/);
  });

  it('lists the interventions tried in Russian, with the note on frequency', () => {
    const tried = interventionsTried(
      [...rated([1, 2, 3], ['breaks']), ...rated([4, 5, 6], ['splint'])],
      [],
      'ru',
    );
    assert.equal(
      tried.text[0],
      'Что вы пробовали: регулярные перерывы (в 3 из 6 эпизодов), шина на запястье (в 3 из 6 эпизодов).',
    );
    assert.match(tried.text[1] ?? '', /^Регулярные перерывы — Эпизоды, записанные с регулярными перерывами,/);
    assert.match(tried.frequencyNote, /^По одному только числу эпизодов нельзя понять/);
    assert.equal(tried.text.at(-1), tried.frequencyNote);
  });

  it('names what changed in Russian, with the hand in the genitive', () => {
    const now = '2026-11-30T12:00:00.000Z';
    const ago = (days: number, fields: Record<string, unknown>) =>
      ep(new Date(Date.parse(now) - days * DAY_MS).toISOString(), fields);
    const all = [
      ...[90, 80, 70, 60, 50, 40, 35].map((d) =>
        ago(d + 0.4, {
          handMap: { left: { palm: ['thumb', 'index'] } },
          activities: ['sleeping'],
          severity: 3,
        }),
      ),
      ...[5, 9].map((d) =>
        ago(d + 0.1, {
          handMap: { left: { palm: ['index', 'little'] }, right: { palm: ['index'] } },
          activities: ['running'],
        }),
      ),
    ];
    const r = changesWorthALook(all, trend(all, now, all[0]?.startedAt ?? null, 0, 'ru'), {
      now,
      language: 'ru',
    });
    assert.deepEqual(
      r.changes.map((c) => c.text),
      [
        'Новая закономерность: эпизоды во время бега и утром',
        'Затронуты новые места: мизинец левой руки и правая рука',
      ],
    );
    assert.equal(r.level, 'doctor', 'the level does not hang on the language');
    assert.match(
      r.prompt ?? '',
      /^Некоторые изменения в вашем дневнике стоит показать врачу: новая закономерность: /,
    );
  });

  it('writes the assessment and BCTQ history with Russian dates and numbers', () => {
    const at = (now: string) => ({ id: `ru-${now.replace(/\D/g, '')}`, now, utcOffsetMinutes: 0 });
    const first = newSavedAssessment(
      { stroke_signs: [], heart_signs: [], other_danger_signs: [] },
      at('2026-10-01T10:00:00Z'),
    );
    const later = newSavedAssessment(
      {
        stroke_signs: [],
        heart_signs: [],
        other_danger_signs: [],
        course: ['hand_weakness'],
        hand_map: { right: { palm: ['thumb', 'index', 'middle'] } },
      },
      at('2026-11-01T10:00:00Z'),
    );
    const history = assessmentHistory([later, first], knowledge, 'ru');
    assert.match(history.text[0] ?? '', /^Последняя проверка, 1 нояб\. 2026 г\.: /);
    assert.match(history.text[1] ?? '', /^Предыдущая, 1 окт\. 2026 г\.: /);
    assert.equal(history.text[2], 'Уровень срочности в последней проверке выше, чем раньше.');
    assert.deepEqual(assessmentHistory([], knowledge, 'ru').text, ['Сохранённых проверок пока нет.']);

    // The causes were saved with their English names; a Russian reader reads them in Russian.
    const russian = readableIn('ru').knowledge;
    const inRussian = assessmentHistory([later, first], russian, 'ru');
    for (const point of inRussian.points) {
      for (const cause of point.topCauses) {
        const saved = later.assessment.causes.concat(first.assessment.causes).find((c) => c.id === cause.id);
        assert.equal(cause.name, russian.causes.find((c) => c.id === cause.id)?.name);
        assert.notEqual(cause.name, saved?.name, `${cause.id} is named in Russian, not as it was saved`);
      }
    }

    const scores = (score: number) =>
      Object.fromEntries(
        ['night_pain_severity', 'numbness', 'weakness', 'tingling'].map((id) => [id, score]),
      );
    const bctq = bctqHistory(
      [
        newBctqRecord(scores(2), at('2026-11-20T10:00:00Z')),
        newBctqRecord(scores(4), at('2026-09-01T10:00:00Z')),
      ],
      'ru',
    );
    assert.match(
      bctq.text[0] ?? '',
      /^Бостонский опросник по карпальному каналу, 2 раза: тяжесть симптомов — /,
    );
    assert.match(
      bctq.text[0] ?? '',
      /\(1 сент\. 2026 г\.\), затем .* \(20 нояб\. 2026 г\.\); функция — нет оценки, затем нет оценки/,
    );
  });

  it('writes the doctor’s summary of a period in Russian, with Russian dates, and the same figures', () => {
    const diary = {
      episodes: [
        ep('2026-11-02T03:00Z', { utcOffsetMinutes: 60, activities: ['sleeping'], severity: 4 }),
        ep('2026-11-10T03:00Z', { utcOffsetMinutes: 60, activities: ['sleeping'], severity: 2 }),
      ],
      exposures: [
        parseExposure({
          id: 'n1',
          kind: 'night',
          startedAt: '2026-11-02T22:00Z',
          utcOffsetMinutes: 60,
          episodeCount: 0,
        }),
      ],
      assessments: [
        newSavedAssessment(
          { stroke_signs: [] },
          { id: 'a1', now: '2026-10-01T10:00:00Z', utcOffsetMinutes: 60 },
        ),
      ],
      bctq: [],
    };
    const period = { from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' };
    const russian = diarySummary(diary, period, { utcOffsetMinutes: 60, language: 'ru' });
    const english = diarySummary(diary, period, { utcOffsetMinutes: 60 });
    assert.equal(
      russian.text[0],
      'Дневник с 1 нояб. 2026 г. по 1 дек. 2026 г.: 2 эпизода; записано: 1 ночь.',
    );
    assert.ok(
      russian.text.includes(
        'Эпизоды были в 2 из 6 недель; больше всего за одну неделю — 1 (неделя с 2 нояб. 2026 г.).',
      ),
    );
    assert.match(russian.text.at(-1) ?? '', /^Последняя проверка, 1 окт\. 2026 г\.: /);
    assert.equal(russian.text.length, english.text.length);
    assert.deepEqual(russian.weeks, english.weeks);
    assert.match(russian.notice, /^Эти цифры сравнивают, как часто случались эпизоды/);
  });

  it('passes the language through every part of the insights', () => {
    const now = '2026-12-06T20:00:00.000Z';
    const diary = {
      episodes: episodes(3),
      exposures: [run(1, ['hand_expander'], 1), run(2, [], 0)],
      assessments: [],
      bctq: [],
    };
    const insights = diaryInsights(diary, { now, language: 'ru' });
    assert.equal(insights.patterns.text[0], '3 эпизода.');
    assert.match(
      insights.trend.text[0] ?? '',
      /^Явных изменений в частоте нет: 0 эпизодов за последние 4 недели, 3 за 4 недели до них /,
    );
    assert.match(
      insights.comparisons[0]?.text ?? '',
      /^Пока мало данных, чтобы сравнить эпизоды на пробежках/,
    );
    assert.deepEqual(insights.assessments.text, ['Сохранённых проверок пока нет.']);
    assert.deepEqual(insights.bctq.text, ['Бостонский опросник по карпальному каналу пока не заполнен.']);
    assert.equal(diaryInsights(diary, { now }).patterns.text[0], '3 episodes.', 'English stays the default');
  });

  it('gives the lists’ labels in Russian by id, and keeps the English lists as they were', () => {
    assert.equal(activityLabelIn('running', 'ru'), 'Бег');
    assert.equal(activityLabelIn('ice_hockey', 'ru'), 'ice hockey');
    assert.equal(activityLabel('running'), 'Running');
    assert.deepEqual(exposureWords('working_day', 'ru'), { one: 'рабочий день', many: 'рабочие дни' });
    assert.deepEqual(EXPOSURE_WORDS.working_day, { one: 'working day', many: 'working days' });
    assert.deepEqual(
      [1, 2, 5, 21].map((n) => countOf('night', n, 'ru')),
      ['1 ночь', '2 ночи', '5 ночей', '21 ночь'],
    );
    assert.deepEqual(
      [1, 3, 5].map((n) => countOf('working_day', n, 'ru')),
      ['1 рабочий день', '3 рабочих дня', '5 рабочих дней'],
    );
  });
});
