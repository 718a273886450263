import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TEXT_LIMIT } from '../../api/index.ts';
import { knowledge } from '../../knowledge/index.ts';
import { errorOf, postAssessment, useApp } from '../testkit.ts';

function postParse(base: string, body: string): Promise<Response> {
  return fetch(`${base}/api/v1/parse`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

const DANGER_SIGNS = knowledge.findings.filter((f) => f.danger).map((f) => f.id);

describe('free text over HTTP (real HTTP on 127.0.0.1)', () => {
  const server = useApp();

  describe('POST /api/v1/parse', () => {
    it('returns the findings with the words and offsets that produced them, a negation as absent', async () => {
      const text = 'left hand numb, no chest pain';
      const response = await postParse(server.base, JSON.stringify({ text }));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const result = await response.json();
      assert.deepEqual(Object.keys(result).sort(), ['answers', 'choices', 'findings', 'notes', 'places']);
      const chest = result.findings.find((f: { finding: string }) => f.finding === 'chest_pain');
      assert.deepEqual(chest, {
        finding: 'chest_pain',
        state: 'absent',
        words: 'chest pain',
        start: 19,
        end: 29,
      });
      assert.equal(text.slice(chest.start, chest.end), chest.words);
      const left = result.findings.find((f: { finding: string }) => f.finding === 'side_left');
      assert.equal(left.state, 'present');
      assert.equal(text.slice(left.start, left.end), 'left hand');
      assert.equal(result.answers.heart_signs.chest_pain, 'absent');
      assert.deepEqual(result.answers.hand_map, {
        left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
      });
      assert.equal(result.places[0].side, 'left');
    });

    it('reads Russian text in Russian without being told, and in the language `lang` names', async () => {
      const text = 'Немеет левая рука, боли в груди нет.';
      const response = await postParse(server.base, JSON.stringify({ text }));
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.equal(result.answers.heart_signs.chest_pain, 'absent');
      assert.deepEqual(result.answers.hand_map, {
        left: { palm: ['thumb', 'index', 'middle', 'ring', 'little'] },
      });
      const chest = result.findings.find((f: { finding: string }) => f.finding === 'chest_pain');
      assert.equal(text.slice(chest.start, chest.end), chest.words);

      const english = await (await postParse(server.base, JSON.stringify({ text, lang: 'en' }))).json();
      assert.deepEqual(english.findings, []);
      const refused = await postParse(server.base, JSON.stringify({ text, lang: 'de' }));
      assert.equal(refused.status, 400);
      assert.match((await errorOf(refused)).message, /lang/);
    });

    it('too long, empty, only spaces, the wrong type or missing is a 400 naming "text", the limit and what came', async () => {
      const cases: [unknown, RegExp][] = [
        [
          { text: 'a'.repeat(TEXT_LIMIT + 5) },
          /^"text" expects at most 2,000 characters, got 2,005 characters$/,
        ],
        [{ text: '' }, /^"text" expects at least 1 character, got an empty string$/],
        [{ text: '   ' }, /^"text" expects some words about the numbness, got only spaces$/],
        [{ text: 42 }, /^"text" expects a string .*, got 42$/],
        [{ text: ['numb'] }, /^"text" expects a string .*, got a list$/],
        [{}, /^"text" is required, got nothing$/],
      ];
      for (const [body, message] of cases) {
        const response = await postParse(server.base, JSON.stringify(body));
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 40));
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_REQUEST');
        assert.match(error.message, message);
        assert.deepEqual(error.path, ['text']);
      }
      const extra = await postParse(server.base, JSON.stringify({ text: 'numb', answers: {} }));
      assert.equal(extra.status, 400);
      assert.deepEqual((await errorOf(extra)).path, ['answers']);
    });

    it('is in the OpenAPI document with its request and response schemas', async () => {
      const openapi = await (await fetch(`${server.base}/openapi.json`)).json();
      const operation = openapi.paths['/api/v1/parse'].post;
      const body = operation.requestBody.content['application/json'].schema;
      assert.deepEqual(body.required, ['text']);
      assert.equal(body.properties.text.maxLength, TEXT_LIMIT);
      assert.equal(
        operation.responses['200'].content['application/json'].schema.$ref,
        '#/components/schemas/ParseResult',
      );
      assert.ok(openapi.components.schemas.UnderstoodFinding);
      const assessment =
        openapi.paths['/api/v1/assessments'].post.requestBody.content['application/json'].schema;
      assert.ok(assessment.properties.answers && assessment.properties.text);
      assert.equal(assessment.required, undefined, 'neither field is required on its own');
    });
  });

  describe('POST /api/v1/assessments with text', () => {
    it('a stroke sentence alone is an emergency, with what was understood', async () => {
      const response = await postAssessment(
        server.base,
        JSON.stringify({ text: 'my face is drooping and my left arm is weak' }),
      );
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.equal(result.triage.level, 'emergency');
      assert.equal(result.next, null);
      assert.ok(
        result.understood.some(
          (f: { finding: string; state: string }) => f.finding === 'face_droop' && f.state === 'present',
        ),
      );
    });

    it('a Russian stroke sentence alone is an emergency, read in Russian without being told', async () => {
      const response = await postAssessment(
        server.base,
        JSON.stringify({ text: 'Внезапно перекосило лицо и левая рука не слушается.' }),
      );
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.equal(result.triage.level, 'emergency');
      assert.ok(result.understood.some((f: { finding: string }) => f.finding === 'face_droop'));
    });

    it('a carpal-tunnel sentence alone: the level for what is known, the danger signs left unscreened, and a safety check next', async () => {
      const text = 'My thumb, index and middle fingers tingle at night and wake me up; I type all day.';
      const response = await postAssessment(server.base, JSON.stringify({ text }));
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.notEqual(result.triage.level, 'emergency');
      assert.equal(result.causes[0].id, 'carpal_tunnel');
      assert.deepEqual(
        [...result.unscreened].sort(),
        [...DANGER_SIGNS].sort(),
        'the text settled no danger sign',
      );
      assert.equal(result.next.dangerScreen, true, 'the next question is a safety check');
      assert.equal(result.next.id, 'stroke_signs');
      for (const finding of result.understood)
        assert.equal(text.slice(finding.start, finding.end), finding.words);
    });

    it('a danger sign the text settles is no longer unscreened; the ones it left open still are', async () => {
      const response = await postAssessment(
        server.base,
        JSON.stringify({ text: 'left hand numb, no chest pain' }),
      );
      const result = await response.json();
      assert.ok(!result.unscreened.includes('chest_pain'));
      assert.ok(result.unscreened.includes('breathless'));
      assert.ok(result.unscreened.includes('face_droop'));
    });

    it('text and answers together: the answers win', async () => {
      const text = 'my face is drooping';
      const answers = { stroke_signs: { face_droop: 'absent' } };
      const response = await postAssessment(server.base, JSON.stringify({ text, answers }));
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.notEqual(result.triage.level, 'emergency');
      assert.ok(!result.unscreened.includes('face_droop'));
      assert.ok(result.understood.some((f: { finding: string }) => f.finding === 'face_droop'));
      const alone = await (await postAssessment(server.base, JSON.stringify({ text }))).json();
      assert.equal(alone.triage.level, 'emergency');
    });

    it('answers alone are unchanged: no "understood"', async () => {
      const response = await postAssessment(server.base, JSON.stringify({ answers: { age: 40 } }));
      const result = await response.json();
      assert.equal('understood' in result, false);
    });

    it('neither answers nor text, or a bad text, is a 400 naming the field, what was expected and what came', async () => {
      const cases: [unknown, RegExp, (string | number)[]][] = [
        [{}, /^the body expects "answers", "text" or both, got neither$/, []],
        [
          { text: 'x'.repeat(TEXT_LIMIT + 1) },
          /^"text" expects at most 2,000 characters, got 2,001 characters$/,
          ['text'],
        ],
        [{ text: '' }, /^"text" expects at least 1 character, got an empty string$/, ['text']],
        [{ text: true, answers: {} }, /^"text" expects a string .*, got true$/, ['text']],
        [{ text: 'numb', answers: { age: 'old' } }, /^"answers\.age" expects a number/, ['answers', 'age']],
      ];
      for (const [body, message, path] of cases) {
        const response = await postAssessment(server.base, JSON.stringify(body));
        assert.equal(response.status, 400, JSON.stringify(body).slice(0, 40));
        const error = await errorOf(response);
        assert.match(error.message, message);
        assert.deepEqual(error.path, path);
      }
    });
  });
});
