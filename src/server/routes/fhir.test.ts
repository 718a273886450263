import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Questionnaire } from '@medplum/fhirtypes';
import { fhirErrors } from '../../fhir/validation-testkit.ts';
import { knowledge } from '../../knowledge/index.ts';
import { useApp } from '../testkit.ts';

describe('GET /fhir/Questionnaire/numbcheck-interview (the real server)', () => {
  const server = useApp();
  const url = () => `${server.base}/fhir/Questionnaire/numbcheck-interview`;

  it('serves the interview as a valid FHIR R4 Questionnaire, as application/fhir+json', async () => {
    const response = await fetch(url());
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/fhir+json; charset=utf-8');
    const questionnaire = (await response.json()) as Questionnaire;
    assert.equal(questionnaire.resourceType, 'Questionnaire');
    assert.equal(questionnaire.url, 'https://numbcheck.example/fhir/Questionnaire/numbcheck-interview');
    assert.equal(questionnaire.version, knowledge.version);
    assert.equal(questionnaire.item?.length, knowledge.questions.length);
    assert.deepEqual(fhirErrors(questionnaire), []);
  });

  it('asks in the language of the request', async () => {
    const response = await fetch(`${url()}?lang=ru`);
    assert.equal(response.headers.get('content-language'), 'ru');
    const questionnaire = (await response.json()) as Questionnaire;
    assert.equal(questionnaire.language, 'ru');
    assert.equal(questionnaire.title, 'numbcheck: онемение кисти и руки');
  });

  it('is listed in the OpenAPI document', async () => {
    const openapi = await (await fetch(`${server.base}/openapi.json`)).json();
    const get = openapi.paths['/fhir/Questionnaire/numbcheck-interview']?.get;
    assert.equal(get?.operationId, 'getInterviewQuestionnaire');
    assert.ok(get.responses['200'].content['application/fhir+json']);
  });
});
