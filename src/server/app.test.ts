import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Answers, assess, nextQuestion, parseAnswers } from '../engine/index.ts';
import { knowledge } from '../knowledge/index.ts';
import { BODY_LIMIT } from './app.ts';
import { assertSecurityHeaders, errorOf, postAssessment, useApp } from './testkit.ts';

const casesDir = new URL('../../examples/cases/', import.meta.url);
const cases = readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const file: unknown = JSON.parse(readFileSync(new URL(name, casesDir), 'utf8'));
    assert.ok(typeof file === 'object' && file !== null && 'answers' in file);
    return { name, answers: file.answers };
  });

/**
 * The answers a person gives by the end of the interview, answering from one example case and ticking none of the
 * danger signs the case does not mention.
 */
function interviewAnswers(caseName: string): Answers {
  const story = cases.find((c) => c.name === caseName);
  assert.ok(story);
  const full = parseAnswers(story.answers, knowledge);
  const answers: Answers = {};
  for (let q = nextQuestion(answers, knowledge); q; q = nextQuestion(answers, knowledge)) {
    answers[q.id] = full[q.id] ?? (q.dangerScreen ? [] : 'unknown');
  }
  return answers;
}

/** The library's result as it looks after a trip through JSON. */
function viaJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

describe('the HTTP API (real HTTP on 127.0.0.1)', () => {
  const server = useApp();

  describe('POST /api/v1/assessments', () => {
    it('assesses a full answer set: the result has the structure of DESIGN.md', async () => {
      const answers = interviewAnswers('D07.json');
      const response = await postAssessment(server.base, JSON.stringify({ answers }));
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const result = await response.json();
      assert.equal(result.knowledgeVersion, knowledge.version);
      assert.equal(result.notice, knowledge.notice);
      assert.equal(result.triage.level, 'doctor');
      assert.ok(result.triage.reasons.length > 0);
      for (const reason of result.triage.reasons) {
        assert.equal(typeof reason.text, 'string');
        assert.ok(Array.isArray(reason.findings) && Array.isArray(reason.sources));
      }
      assert.equal(result.causes[0].id, 'carpal_tunnel');
      for (const cause of result.causes) {
        assert.deepEqual(Object.keys(cause).sort(), ['id', 'name', 'probability', 'sources', 'why']);
        assert.ok(cause.probability >= 0 && cause.probability <= 1);
        assert.ok(Array.isArray(cause.why.for) && Array.isArray(cause.why.against));
      }
      assert.equal(result.next, null, 'the interview is over');
      assert.deepEqual(Object.keys(result.plan).sort(), [
        'now',
        'prevention',
        'selfCare',
        'specialists',
        'tests',
      ]);
      assert.deepEqual(result.unscreened, []);
      assert.deepEqual(result, viaJson(assess(answers, knowledge)));
    });

    it('answers every example case exactly as the library does, field for field', async () => {
      for (const { name, answers } of cases) {
        const response = await postAssessment(server.base, JSON.stringify({ answers }));
        assert.equal(response.status, 200, name);
        assert.deepEqual(
          await response.json(),
          viaJson(assess(parseAnswers(answers, knowledge), knowledge)),
          name,
        );
      }
    });

    it('partial answers: next names the question to ask, unscreened the danger signs not asked', async () => {
      const response = await postAssessment(server.base, '{"answers": {"hand_map": "unknown", "age": 45}}');
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.equal(result.next.id, 'stroke_signs');
      assert.equal(result.next.kind, 'checklist');
      assert.ok(result.unscreened.includes('face_droop'));
      assert.ok(result.unscreened.includes('chest_pain'));

      const empty = await (await postAssessment(server.base, '{"answers": {}}')).json();
      assert.equal(empty.next.id, 'stroke_signs');
    });

    it('an emergency answer gives the emergency level at once, with no next question', async () => {
      const response = await postAssessment(server.base, '{"answers": {"stroke_signs": ["face_droop"]}}');
      assert.equal(response.status, 200);
      const result = await response.json();
      assert.equal(result.triage.level, 'emergency');
      assert.equal(result.next, null);
      assert.ok(
        result.triage.reasons.some((reason: { findings: string[] }) =>
          reason.findings.includes('face_droop'),
        ),
      );
    });

    it('malformed JSON is a 400 NUMB_BAD_JSON that says what is wrong', async () => {
      for (const body of ['{"answers": {"age": 45,}}', '{"answers": ', "{'answers': {}}", 'answers=1']) {
        const response = await postAssessment(server.base, body);
        assert.equal(response.status, 400, body);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_JSON', body);
        assert.match(error.message, /^the body is not valid JSON: /, body);
        assert.deepEqual(error.path, []);
      }
      const empty = await postAssessment(server.base, '');
      assert.equal(empty.status, 400);
      assert.equal((await errorOf(empty)).code, 'NUMB_BAD_JSON');
    });

    it('a body of the wrong type is a 400 naming the field, what was expected and what came', async () => {
      const cases: [string, RegExp, (string | number)[]][] = [
        [
          '{"answers": []}',
          /^"answers" expects an object \(question id → answer; may be partial\), got a list$/,
          ['answers'],
        ],
        ['{"answers": "yes"}', /^"answers" expects an object .*, got "yes"$/, ['answers']],
        ['{"answers": null}', /^"answers" expects an object .*, got null$/, ['answers']],
        ['[]', /^the body expects a JSON object \{ "answers": .*, got a list$/, []],
        ['42', /^the body expects a JSON object .*, got 42$/, []],
        ['{}', /^the body expects "answers", "text" or both, got neither$/, []],
        [
          '{"answers": {}, "extra": 1}',
          /^"extra" is not expected: the body takes only "answers", "text" or "lang"$/,
          ['extra'],
        ],
      ];
      for (const [body, message, path] of cases) {
        const response = await postAssessment(server.base, body);
        assert.equal(response.status, 400, body);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_REQUEST', body);
        assert.match(error.message, message, body);
        assert.deepEqual(error.path, path, body);
      }
    });

    it('an answer of the wrong type or out of range is a 400 NUMB_BAD_ANSWER inside "answers"', async () => {
      const cases: [unknown, string, (string | number)[]][] = [
        [
          { age: 'old' },
          '"answers.age" expects a number of years from 0 to 120, got "old"',
          ['answers', 'age'],
        ],
        [{ age: 300 }, '"answers.age" expects a number of years from 0 to 120, got 300', ['answers', 'age']],
        [
          { heart_signs: { chest_pain: 'yes' } },
          '"answers.heart_signs.chest_pain" expects present, absent or unknown, got "yes"',
          ['answers', 'heart_signs', 'chest_pain'],
        ],
        [{ duration: 'forever' }, '"answers.duration" expects one of ', ['answers', 'duration']],
        [
          { hand_map: { middle: {} } },
          '"answers.hand_map.middle" expects only left or right, got "middle"',
          ['answers', 'hand_map', 'middle'],
        ],
      ];
      for (const [answers, message, path] of cases) {
        const response = await postAssessment(server.base, JSON.stringify({ answers }));
        assert.equal(response.status, 400, message);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_ANSWER');
        assert.ok(error.message.startsWith(message), `${error.message} starts with ${message}`);
        assert.deepEqual(error.path, path);
      }
    });

    it('an unknown finding in a checklist is a 400 naming the finding and the allowed ones', async () => {
      for (const answers of [{ heart_signs: ['heartburn'] }, { heart_signs: { heartburn: 'present' } }]) {
        const response = await postAssessment(server.base, JSON.stringify({ answers }));
        assert.equal(response.status, 400);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_BAD_ANSWER');
        assert.match(
          error.message,
          /^"answers\.heart_signs\.(0|heartburn)" expects one of chest_pain, .*, got "heartburn"$/,
        );
        assert.equal(error.path[0], 'answers');
        assert.equal(error.path[1], 'heart_signs');
      }
    });

    it('an unknown question id is a 400 NUMB_UNKNOWN_QUESTION that points to the list of questions', async () => {
      const response = await postAssessment(
        server.base,
        '{"answers": {"stroke_signs": [], "favourite_colour": "blue"}}',
      );
      assert.equal(response.status, 400);
      const error = await errorOf(response);
      assert.equal(error.code, 'NUMB_UNKNOWN_QUESTION');
      assert.equal(
        error.message,
        '"answers.favourite_colour" is not a numbcheck question; GET /api/v1/knowledge lists the question ids',
      );
      assert.deepEqual(error.path, ['answers', 'favourite_colour']);
    });

    it('an oversized body is a 413 NUMB_BODY_TOO_LARGE, with or without Content-Length', async () => {
      const big = JSON.stringify({ answers: { age: 45 }, padding: 'x'.repeat(BODY_LIMIT) });
      const response = await postAssessment(server.base, big);
      assert.equal(response.status, 413);
      const error = await errorOf(response);
      assert.equal(error.code, 'NUMB_BODY_TOO_LARGE');
      assert.match(error.message, /^the body expects at most 65,536 bytes \(64 KiB\), got [\d,]+ bytes$/);

      // Chunked: the size is only known as the body arrives.
      const chunk = new TextEncoder().encode('x'.repeat(16 * 1024));
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (sent++ < 8) controller.enqueue(chunk);
          else controller.close();
        },
      });
      // Node's fetch needs `duplex` to stream a request body; the DOM typings do not know it yet.
      const init = {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      };
      const chunked = await fetch(`${server.base}/api/v1/assessments`, init);
      assert.equal(chunked.status, 413);
      assert.equal((await errorOf(chunked)).code, 'NUMB_BODY_TOO_LARGE');
    });

    it('a body that is not JSON is a 415 NUMB_UNSUPPORTED_MEDIA_TYPE', async () => {
      for (const type of [
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
      ]) {
        const response = await postAssessment(server.base, '{"answers": {}}', type);
        assert.equal(response.status, 415, type);
        const error = await errorOf(response);
        assert.equal(error.code, 'NUMB_UNSUPPORTED_MEDIA_TYPE');
        assert.equal(
          error.message,
          `the body expects Content-Type application/json, got ${JSON.stringify(type)}`,
        );
      }
      const charset = await postAssessment(server.base, '{"answers": {}}', 'application/json; charset=utf-8');
      assert.equal(charset.status, 200);
    });

    it('no client mistake produces a 500: any JSON body gets a 200 or a 4xx with an error body', async () => {
      const questionIds = knowledge.questions.map((q) => q.id);
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom('present', 'absent', 'unknown', 'left', 'palm', 'thumb', 'weeks', 'episodes'),
        fc.array(fc.constantFrom(...knowledge.findings.map((f) => f.id)), { maxLength: 3 }),
        fc.integer({ min: -10, max: 200 }),
      );
      const answers = fc.dictionary(fc.oneof(fc.constantFrom(...questionIds), fc.string()), value, {
        maxKeys: 5,
      });
      const body = fc.oneof(
        fc.record({ answers }),
        fc.record({ answers }, { requiredKeys: [] }).map((b) => ({ ...b, extra: 1 })),
        fc.jsonValue({ maxDepth: 4 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (input) => {
          const response = await postAssessment(server.base, JSON.stringify(input));
          assert.ok(
            response.status === 200 || (response.status >= 400 && response.status < 500),
            String(response.status),
          );
          if (response.status !== 200) await errorOf(response);
          else await response.json();
        }),
        { numRuns: 300 },
      );
      const deep = '['.repeat(20_000) + ']'.repeat(20_000);
      const nested = await postAssessment(server.base, deep);
      assert.equal(nested.status, 400);
      const proto = await postAssessment(server.base, '{"answers": {"__proto__": {"polluted": true}}}');
      assert.equal(proto.status, 400);
      assert.equal((await errorOf(proto)).code, 'NUMB_UNKNOWN_QUESTION');
      assert.equal(Object.hasOwn({}, 'polluted'), false);
    });

    it('is not open to other origins: no CORS headers, and neither a request nor a preflight is answered', async () => {
      const response = await fetch(`${server.base}/api/v1/assessments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
        body: '{"answers": {}}',
      });
      assert.equal(response.status, 403);
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal((await errorOf(response)).code, 'NUMB_FORBIDDEN_ORIGIN');
      const preflight = await fetch(`${server.base}/api/v1/assessments`, {
        method: 'OPTIONS',
        headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, 403);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      await preflight.body?.cancel();
    });
  });

  describe('GET routes', () => {
    it('GET /api/v1/questions/{id} returns the question', async () => {
      for (const question of knowledge.questions) {
        const response = await fetch(`${server.base}/api/v1/questions/${question.id}`);
        assert.equal(response.status, 200);
        assert.deepEqual(await response.json(), viaJson(question));
      }
    });

    it('GET /api/v1/questions/{id} for an unknown id is a 404 NUMB_QUESTION_NOT_FOUND', async () => {
      const response = await fetch(`${server.base}/api/v1/questions/favourite_colour`);
      assert.equal(response.status, 404);
      const error = await errorOf(response);
      assert.equal(error.code, 'NUMB_QUESTION_NOT_FOUND');
      assert.match(error.message, /^"id" expects a question id .*, got "favourite_colour"$/);
      assert.deepEqual(error.path, ['id']);
    });

    it('GET /api/v1/knowledge returns the whole knowledge base', async () => {
      const response = await fetch(`${server.base}/api/v1/knowledge`);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
      assert.deepEqual(await response.json(), viaJson(knowledge));
    });

    it('GET /healthz says ok with the knowledge version', async () => {
      const response = await fetch(`${server.base}/healthz`);
      assert.equal(response.status, 200);
      assert.deepEqual(await response.json(), { status: 'ok', knowledgeVersion: knowledge.version });
    });

    it('an unknown address is a 404 NUMB_NOT_FOUND in JSON, and a wrong method is a 4xx', async () => {
      const response = await fetch(`${server.base}/api/v1/nothing?answers=secret`);
      assert.equal(response.status, 404);
      const error = await errorOf(response);
      assert.equal(error.code, 'NUMB_NOT_FOUND');
      assert.equal(
        error.message,
        'there is nothing at GET /api/v1/nothing: the API is under /api/v1 and described at /openapi.json',
      );
      const wrongMethod = await fetch(`${server.base}/api/v1/assessments`);
      assert.ok(wrongMethod.status >= 400 && wrongMethod.status < 500);
      await errorOf(wrongMethod);
    });

    it('the security headers are on every response: data, errors, documents', async () => {
      const responses: [string, Response][] = [
        ['healthz', await fetch(`${server.base}/healthz`)],
        ['assessment', await postAssessment(server.base, '{"answers": {}}')],
        ['bad JSON', await postAssessment(server.base, '{')],
        ['415', await postAssessment(server.base, 'x', 'text/plain')],
        ['404', await fetch(`${server.base}/nothing`)],
        ['openapi', await fetch(`${server.base}/openapi.json`)],
        ['docs', await fetch(`${server.base}/docs`)],
        ['503 page', await fetch(`${server.base}/`)],
      ];
      for (const [what, response] of responses) {
        assertSecurityHeaders(response, what);
        await response.body?.cancel();
      }
    });
  });
});
