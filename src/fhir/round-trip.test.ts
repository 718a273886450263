import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Bundle, Observation, QuestionnaireResponse } from '@medplum/fhirtypes';
import { toDocument } from '../diary/index.ts';
import { NumbError } from '../errors.ts';
import { fullDiary, OPTIONS, optionsIn } from './fhir-testkit.ts';
import { type DiaryResource, diaryBundle, diaryFromFhir } from './index.ts';

/** The Bundle as a file holds it: plain JSON, nothing shared with the objects it was made from. */
function asFile(bundle: Bundle<DiaryResource>): unknown {
  return JSON.parse(JSON.stringify(bundle));
}

function messageOf(run: () => unknown): { message: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof NumbError, String(error));
    return { message: error.message, path: error.path };
  }
  assert.fail('expected a NumbError');
}

function entryIndex(bundle: Bundle<DiaryResource>, match: (r: DiaryResource) => boolean): number {
  const index = (bundle.entry ?? []).findIndex(({ resource }) => resource !== undefined && match(resource));
  assert.ok(index >= 0);
  return index;
}

describe('a FHIR Bundle numbcheck wrote, read back', () => {
  it('gives back the very diary it was made from: ids, times, answers, fields and saved results', () => {
    const diary = fullDiary();
    const original = toDocument(diary);
    const restored = diaryFromFhir(asFile(diaryBundle(diary, OPTIONS)));
    assert.deepEqual(toDocument(restored), original);
    assert.equal(restored.assessments.length, 2);
    assert.equal(restored.exposures.length, diary.exposures.length);
  });

  it('reads a Bundle written in Russian the same way', () => {
    const diary = fullDiary();
    const restored = diaryFromFhir(asFile(diaryBundle(diary, optionsIn('ru'))));
    assert.deepEqual(toDocument(restored), toDocument(diary));
  });

  it('refuses what is not a collection Bundle, saying what it expected', () => {
    const { message, path } = messageOf(() => diaryFromFhir({ resourceType: 'Bundle', type: 'document' }));
    assert.deepEqual(path, ['type']);
    assert.match(message, /expects a FHIR R4 Bundle of type collection.*got "document"/);
  });

  it('names the entry and the field of a rating out of range, in the Bundle’s own terms', () => {
    const bundle = asFile(diaryBundle(fullDiary(), OPTIONS)) as Bundle<DiaryResource>;
    const i = entryIndex(bundle, (r) => r.resourceType === 'Observation' && r.id === 'episode-1');
    const episode = bundle.entry?.[i]?.resource as Observation;
    const k = (episode.component ?? []).findIndex((c) => c.code.coding?.[0]?.code === 'numbness-severity');
    const severity = episode.component?.[k];
    assert.ok(severity);
    severity.valueInteger = 11;
    const { message, path } = messageOf(() => diaryFromFhir(bundle));
    assert.deepEqual(path, ['entry', i, 'resource', 'component', k, 'valueInteger']);
    assert.match(
      message,
      new RegExp(`entry\\.${i}\\.resource\\.component\\.${k}\\.valueInteger.*0 to 10.*got 11`),
    );
  });

  it('names an answer to a question the interview does not have', () => {
    const bundle = asFile(diaryBundle(fullDiary(), OPTIONS)) as Bundle<DiaryResource>;
    const i = entryIndex(bundle, (r) => r.resourceType === 'QuestionnaireResponse');
    const response = bundle.entry?.[i]?.resource as QuestionnaireResponse;
    const [first] = response.item ?? [];
    assert.ok(first);
    first.linkId = 'favourite_colour';
    const { message, path } = messageOf(() => diaryFromFhir(bundle));
    assert.deepEqual(path, ['entry', i, 'resource', 'item', 0, 'linkId']);
    assert.match(
      message,
      /expects the linkId of a question of numbcheck’s interview, got "favourite_colour"/,
    );
  });

  it('names the very component of a symptom, and the item of an answer, that does not fit', () => {
    const bundle = asFile(diaryBundle(fullDiary(), OPTIONS)) as Bundle<DiaryResource>;
    const i = entryIndex(
      bundle,
      (r) => r.identifier !== undefined && JSON.stringify(r.identifier).includes('full-episode'),
    );
    const episode = bundle.entry?.[i]?.resource as Observation;
    const symptoms = (episode.component ?? []).flatMap((c, k) =>
      c.code.coding?.[0]?.code === 'accompanying-symptom' ? [k] : [],
    );
    const k = symptoms[1] ?? -1;
    const coding = episode.component?.[k]?.valueCodeableConcept?.coding?.[0];
    assert.ok(coding);
    coding.code = 'itchy_elbow';
    const symptom = messageOf(() => diaryFromFhir(bundle));
    assert.deepEqual(symptom.path, ['entry', i, 'resource', 'component', k, 'valueCodeableConcept']);
    assert.match(symptom.message, /expects a symptom id .*got "itchy_elbow"/);

    const fresh = asFile(diaryBundle(fullDiary(), OPTIONS)) as Bundle<DiaryResource>;
    const j = entryIndex(fresh, (r) => r.resourceType === 'QuestionnaireResponse' && r.id === 'assessment-2');
    const response = fresh.entry?.[j]?.resource as QuestionnaireResponse;
    const a = (response.item ?? []).findIndex((item) => item.linkId === 'age');
    const [answer] = response.item?.[a]?.answer ?? [];
    assert.ok(answer);
    answer.valueDecimal = 130;
    const age = messageOf(() => diaryFromFhir(fresh));
    assert.deepEqual(age.path, ['entry', j, 'resource', 'item', a]);
    assert.match(age.message, /expects a number of years from 0 to 120, got 130/);
  });

  it('names a resource it does not read', () => {
    const bundle = asFile(diaryBundle(fullDiary(), OPTIONS)) as Bundle<DiaryResource>;
    bundle.entry?.push({ resource: { resourceType: 'Condition', subject: {} } as never });
    const last = (bundle.entry?.length ?? 0) - 1;
    const { message, path } = messageOf(() => diaryFromFhir(bundle));
    assert.deepEqual(path, ['entry', last, 'resource', 'resourceType']);
    assert.match(message, /Composition, Patient, Observation or QuestionnaireResponse, got "Condition"/);
  });
});
