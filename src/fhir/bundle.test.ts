import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Observation } from '@medplum/fhirtypes';
import { type Diary, newBctqRecord, newEpisode, sampleDiary } from '../diary/index.ts';
import { bctq as bctqScales } from '../knowledge/index.ts';
import { OPTIONS, optionsIn } from './fhir-testkit.ts';
import { diaryBundle, localDateTime, NUMBCHECK_CODES, PERSON_ID } from './index.ts';
import { fhirErrors } from './validation-testkit.ts';

const END = '2026-11-30T12:00:00.000Z';

/** The sample diary with two BCTQ records: one fully answered (symptoms 3, function 2), one with every item skipped. */
function diaryWithBctq(): Diary {
  const diary = sampleDiary({ days: 60, end: END, utcOffsetMinutes: 60 });
  const at = (now: string, id: string) => ({ id, now, utcOffsetMinutes: 60 });
  const answers = (symptoms: number | null, functions: number | null) => ({
    ...Object.fromEntries(bctqScales.symptomSeverity.items.map((item) => [item.id, symptoms])),
    ...Object.fromEntries(bctqScales.functionalStatus.items.map((item) => [item.id, functions])),
  });
  diary.bctq.push(newBctqRecord(answers(3, 2), at('2026-11-01T08:00:00Z', 'bctq-scored')));
  diary.bctq.push(newBctqRecord(answers(null, null), at('2026-11-02T08:00:00Z', 'bctq-skipped')));
  return diary;
}

function observations(diary: Diary): Observation[] {
  return (diaryBundle(diary, OPTIONS).entry ?? []).flatMap(({ resource }) =>
    resource?.resourceType === 'Observation' ? [resource] : [],
  );
}

describe('the diary as a FHIR R4 Bundle', () => {
  it('is a collection whose every resource FHIR R4 finds valid', () => {
    const diary = diaryWithBctq();
    const bundle = diaryBundle(diary, OPTIONS);
    assert.equal(bundle.type, 'collection');
    assert.deepEqual(fhirErrors(bundle), []);
    const entries = bundle.entry ?? [];
    assert.equal(entries.length, 2 + diary.episodes.length + diary.exposures.length + diary.bctq.length);
    for (const { resource } of entries) {
      assert.ok(resource);
      assert.deepEqual(fhirErrors(resource), [], `${resource.resourceType}/${resource.id}`);
    }
  });

  it('the validator it is checked with does refuse a broken Observation', () => {
    const [first] = observations(diaryWithBctq());
    assert.ok(first);
    const broken = { ...first, component: [{ valueInteger: 3 }] };
    // @ts-expect-error: a component without its required code, as a careless change could write it.
    assert.notDeepEqual(fhirErrors(broken), []);
  });

  it('holds a Patient with only its local id: nothing the person did not enter', () => {
    const [, second] = diaryBundle(diaryWithBctq(), OPTIONS).entry ?? [];
    assert.deepEqual(second?.resource, { resourceType: 'Patient', id: PERSON_ID });
    for (const observation of observations(diaryWithBctq())) {
      assert.equal(observation.subject?.reference, `Patient/${PERSON_ID}`);
    }
  });

  it('codes an episode as SNOMED CT Numbness at its local time, with its places, rating and length', () => {
    const episode = newEpisode(
      {
        startedAt: '2026-11-30T07:15:00+01:00',
        durationMinutes: 20,
        severity: 6,
        handMap: { left: { palm: ['index', 'thumb'], arm: ['wrist'] } },
        note: 'woke up with it',
      },
      { id: 'morning_1', now: END, utcOffsetMinutes: 60 },
    );
    const [observation] = observations({ episodes: [episode], exposures: [], assessments: [], bctq: [] });
    assert.ok(observation);
    assert.deepEqual(observation.code.coding, [
      { system: 'http://snomed.info/sct', code: '44077006', display: 'Numbness' },
    ]);
    assert.equal(observation.effectiveDateTime, '2026-11-30T07:15:00+01:00');
    assert.deepEqual(observation.identifier, [
      { system: 'https://numbcheck.example/fhir/diary-entry', value: 'morning_1' },
    ]);
    assert.equal(observation.bodySite?.coding?.[0]?.code, '85562004');
    assert.equal(observation.bodySite?.text, 'left hand');
    const component = observation.component ?? [];
    const severity = component.find((c) => c.code.coding?.[0]?.code === 'numbness-severity');
    assert.equal(severity?.code.coding?.[0]?.system, NUMBCHECK_CODES);
    assert.equal(severity?.valueInteger, 6);
    const duration = component.find((c) => c.code.coding?.[0]?.code === 'episode-duration');
    assert.deepEqual(duration?.valueQuantity, {
      value: 20,
      unit: 'min',
      system: 'http://unitsofmeasure.org',
      code: 'min',
    });
    const places = component
      .filter((c) => c.code.coding?.[0]?.code === 'numb-place')
      .map((c) => [
        ...(c.valueCodeableConcept?.coding ?? []).map((x) => x.code),
        c.valueCodeableConcept?.text,
      ]);
    assert.deepEqual(places, [
      ['76505004', 'left.palm.thumb', 'left hand, palm side: thumb'],
      ['7569003', 'left.palm.index', 'left hand, palm side: index finger'],
      ['8205005', 'left.arm.wrist', 'left hand, arm: wrist'],
    ]);
    assert.deepEqual(observation.note, [{ text: 'woke up with it' }]);
    assert.deepEqual(fhirErrors(observation), []);
    const diary = { episodes: [episode], exposures: [], assessments: [], bctq: [] };
    const [inRussian] = (diaryBundle(diary, optionsIn('ru')).entry ?? []).flatMap(({ resource }) =>
      resource?.resourceType === 'Observation' ? [resource] : [],
    );
    assert.equal(inRussian?.bodySite?.text, 'левая кисть');
    assert.equal(inRussian?.component?.[2]?.valueCodeableConcept?.text, 'левая кисть, ладонь: большой палец');
  });

  it('leaves out what an episode did not record, rather than inventing it', () => {
    const episode = newEpisode(
      { startedAt: '2026-11-30T07:15:00Z' },
      { id: 'bare', now: END, utcOffsetMinutes: 0 },
    );
    const [observation] = observations({ episodes: [episode], exposures: [], assessments: [], bctq: [] });
    assert.ok(observation);
    assert.equal(observation.bodySite, undefined);
    assert.equal(observation.component, undefined);
    assert.equal(observation.note, undefined);
    assert.deepEqual(fhirErrors(observation), []);
  });

  it('gives each BCTQ record its two scale scores as local codes, and no score for a scale left unanswered', () => {
    const bctq = observations(diaryWithBctq()).filter((o) => o.code.coding?.[0]?.code === 'bctq');
    assert.equal(bctq.length, 2);
    const [scored, skipped] = bctq;
    assert.ok(scored && skipped);
    assert.equal(scored.code.coding?.[0]?.system, NUMBCHECK_CODES);
    assert.equal(scored.category?.[0]?.coding?.[0]?.code, 'survey');
    const scales = (o: Observation) =>
      (o.component ?? []).filter((c) => c.code.coding?.[0]?.system === NUMBCHECK_CODES);
    assert.deepEqual(
      scales(scored).map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value]),
      [
        ['bctq-symptom-severity', 3],
        ['bctq-functional-status', 2],
      ],
    );
    assert.equal(scored.effectiveDateTime, '2026-11-01T09:00:00+01:00');
    assert.deepEqual(scales(skipped), []);
  });

  it('keeps each BCTQ answer as a component, and an item skipped as asked but declined', () => {
    const [scored, skipped] = observations(diaryWithBctq()).filter(
      (o) => o.code.coding?.[0]?.code === 'bctq',
    );
    assert.ok(scored && skipped);
    const items = (o: Observation) =>
      (o.component ?? []).filter((c) => c.code.coding?.[0]?.system !== NUMBCHECK_CODES);
    assert.equal(items(scored).length, 19);
    assert.deepEqual(
      items(scored).map((c) => c.valueInteger),
      [...Array(11).fill(3), ...Array(8).fill(2)],
    );
    const [first] = items(skipped);
    assert.equal(first?.code.coding?.[0]?.code, 'night_pain_severity');
    assert.equal(first?.valueInteger, undefined);
    assert.equal(first?.dataAbsentReason?.coding?.[0]?.code, 'asked-declined');
    assert.deepEqual(fhirErrors(skipped), []);
  });

  it('writes local times with the offset the person had, west of Greenwich too', () => {
    assert.equal(localDateTime('2026-01-01T02:30:00.000Z', -300), '2025-12-31T21:30:00-05:00');
    assert.equal(localDateTime('2026-06-01T12:00:00.000Z', 330), '2026-06-01T17:30:00+05:30');
  });
});
