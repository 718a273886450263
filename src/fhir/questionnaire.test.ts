import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Composition, Patient, Questionnaire, QuestionnaireItem, Resource } from '@medplum/fhirtypes';
import { knowledge, readableIn } from '../knowledge/index.ts';
import { fullDiary, OPTIONS, optionsIn } from './fhir-testkit.ts';
import {
  type BundleOptions,
  diaryBundle,
  INTERVIEW_QUESTIONNAIRE_URL,
  interviewQuestionnaire,
} from './index.ts';
import { fhirErrors } from './validation-testkit.ts';

function resources(options: BundleOptions = OPTIONS): Resource[] {
  return (diaryBundle(fullDiary(), options).entry ?? []).flatMap(({ resource }) =>
    resource ? [resource] : [],
  );
}

function ofType<T extends Resource['resourceType']>(
  list: Resource[],
  type: T,
): Extract<Resource, { resourceType: T }>[] {
  return list.filter((r): r is Extract<Resource, { resourceType: T }> => r.resourceType === type);
}

/** The value a QuestionnaireResponse answer must carry for each item type the interview uses. */
const ANSWER_FIELD: Partial<Record<QuestionnaireItem['type'], string>> = {
  boolean: 'valueBoolean',
  decimal: 'valueDecimal',
  choice: 'valueCoding',
};

describe('the interview as a FHIR Questionnaire, and saved assessments as responses to it', () => {
  it('is valid FHIR R4, one item per question of the knowledge, versioned as the knowledge', () => {
    for (const language of ['en', 'ru'] as const) {
      const questionnaire = interviewQuestionnaire(readableIn(language).knowledge, language);
      assert.deepEqual(fhirErrors(questionnaire), [], language);
      assert.equal(questionnaire.url, INTERVIEW_QUESTIONNAIRE_URL);
      assert.equal(questionnaire.version, knowledge.version);
      assert.deepEqual(
        questionnaire.item?.map((item) => item.linkId),
        knowledge.questions.map((q) => q.id),
      );
    }
  });

  it('asks in the language requested, with the knowledge’s own answers', () => {
    const ru = interviewQuestionnaire(readableIn('ru').knowledge, 'ru');
    const age = ru.item?.find((item) => item.linkId === 'age');
    assert.equal(age?.text, readableIn('ru').knowledge.questions.find((q) => q.id === 'age')?.text);
    assert.match(age?.text ?? '', /[а-я]/);
    const onset = ru.item?.find((item) => item.linkId === 'onset');
    assert.deepEqual(
      onset?.answerOption?.map((o) => o.valueCoding?.code),
      ['onset.sudden', 'onset.days', 'onset.gradual'],
    );
    const stroke = ru.item?.find((item) => item.linkId === 'stroke_signs');
    assert.equal(stroke?.repeats, true);
    assert.equal(stroke?.answerOption?.at(-1)?.valueCoding?.display, 'Ничего из этого');
  });

  it('answers only its items, each with a value of its item’s type and from its options', () => {
    const questionnaire: Questionnaire = interviewQuestionnaire(knowledge, 'en');
    const items = new Map((questionnaire.item ?? []).map((item) => [item.linkId, item]));
    const responses = ofType(resources(), 'QuestionnaireResponse');
    assert.equal(responses.length, 2);
    let answers = 0;
    for (const response of responses) {
      assert.equal(response.questionnaire, `${INTERVIEW_QUESTIONNAIRE_URL}|${knowledge.version}`);
      for (const answered of response.item ?? []) {
        const item = items.get(answered.linkId);
        assert.ok(item, `no item ${answered.linkId}`);
        const field = ANSWER_FIELD[item.type];
        assert.ok(field, item.type);
        if ((answered.answer?.length ?? 0) > 1) assert.equal(item.repeats, true, item.linkId);
        for (const answer of answered.answer ?? []) {
          answers++;
          assert.deepEqual(
            Object.keys(answer).filter((key) => key.startsWith('value')),
            [field],
            item.linkId,
          );
          if (item.answerOption) {
            const code = answer.valueCoding?.code;
            assert.ok(
              item.answerOption.some(
                (o) => o.valueCoding?.code === code && o.valueCoding?.system === answer.valueCoding?.system,
              ),
              `${item.linkId}: ${code} is not an option`,
            );
          }
        }
      }
    }
    assert.ok(answers >= 15, `${answers} answers`);
  });

  it('writes "I don’t know" as asked but unknown, and a finding answered absent with its state', () => {
    const [, full] = ofType(resources(), 'QuestionnaireResponse');
    const item = (id: string) => full?.item?.find((i) => i.linkId === id);
    assert.equal(item('risk_history')?.answer, undefined);
    assert.deepEqual(item('risk_history')?.extension, [
      { url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'asked-unknown' },
    ]);
    const [injury] = item('other_danger_signs')?.answer ?? [];
    assert.equal(injury?.valueCoding?.code, 'recent_injury');
    assert.equal(injury?.modifierExtension?.[0]?.valueCode, 'absent');
    assert.deepEqual(
      item('stroke_signs')?.answer?.map((a) => a.valueCoding?.code),
      ['none-of-these'],
    );
    assert.deepEqual(
      item('hand_map')?.answer?.map((a) => a.valueCoding?.code),
      ['right.palm.index', 'right.palm.thumb', 'right.arm.wrist', 'left'],
    );
    assert.deepEqual(item('age')?.answer, [{ valueDecimal: 47 }]);
  });

  it('gives the Patient only the sex and age the person entered, and no birth date it cannot know', () => {
    const [patient] = ofType(resources(), 'Patient') as Patient[];
    assert.equal(patient?.gender, 'female');
    assert.equal(patient?.birthDate, undefined);
    const age = patient?.extension?.[0];
    assert.equal(age?.url, 'https://numbcheck.example/fhir/StructureDefinition/reported-age');
    assert.deepEqual(age?.extension, [
      {
        url: 'age',
        valueQuantity: { value: 47, unit: 'years', system: 'http://unitsofmeasure.org', code: 'a' },
      },
      { url: 'reportedOn', valueDateTime: '2026-11-20T19:30:12.345+01:00' },
    ]);
  });

  it('puts the doctor report first, in the person’s language, with its narrative as XHTML', () => {
    const [first] = resources(optionsIn('ru'));
    assert.equal(first?.resourceType, 'Composition');
    const report = first as Composition;
    assert.equal(report.title, 'Отчёт из дневника для врача');
    assert.equal(report.date, '2026-11-30T13:00:00+01:00');
    const [summary, changes, footer] = report.section ?? [];
    assert.equal(summary?.title, 'Сводка');
    assert.match(
      summary?.text?.div ?? '',
      /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"><ul><li>Дневник с /,
    );
    assert.ok((summary?.entry?.length ?? 0) > 10);
    assert.ok(changes?.title);
    assert.match(footer?.text?.div ?? '', /numbcheck/);
  });

  it('every resource of the Bundle, and the Questionnaire it answers, is valid FHIR R4', () => {
    const all = [...resources(), interviewQuestionnaire(knowledge, 'en')];
    const counts: Record<string, number> = {};
    for (const resource of all) {
      counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
      assert.deepEqual(fhirErrors(resource), [], `${resource.resourceType}/${resource.id}`);
    }
    assert.deepEqual(Object.keys(counts).sort(), [
      'Composition',
      'Observation',
      'Patient',
      'Questionnaire',
      'QuestionnaireResponse',
    ]);
  });
});
