import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import Schema from 'typebox/schema';
import { answersSchema } from '../api/index.ts';
import { parseAnswers } from '../engine/index.ts';
import { knowledge, type Question } from '../knowledge/index.ts';
import { errorOf, postAssessment, useApp } from './testkit.ts';

/** The diary's operations: path → method → statuses, the success first. */
const DIARY_OPERATIONS: Record<string, Record<string, number[]>> = {
  '/api/v1/episodes': { post: [201, 400, 409, 413, 415, 503], get: [200, 400, 503] },
  '/api/v1/episodes/{id}': { get: [200, 404, 503], put: [200, 400, 404, 503], delete: [204, 404, 503] },
  '/api/v1/episodes/{id}/repeat': { post: [201, 400, 404, 503] },
  '/api/v1/exposures': { post: [201, 400, 409, 503], get: [200, 400, 503] },
  '/api/v1/exposures/{id}': { get: [200, 404, 503], put: [200, 400, 404, 503], delete: [204, 404, 503] },
  '/api/v1/diary/assessments': { post: [201, 400, 503], get: [200, 400, 503] },
  '/api/v1/diary/bctq': { post: [201, 400, 503], get: [200, 400, 503] },
  '/api/v1/bctq/questionnaire': { get: [200] },
  '/api/v1/insights': { get: [200, 400, 503] },
  '/api/v1/summary': { get: [200, 400, 503] },
  '/api/v1/export': { get: [200, 400, 503] },
  '/api/v1/import': { post: [200, 400, 413, 503] },
  '/api/v1/diary': { delete: [200, 400, 503] },
};

/** The account operations: path → method → statuses, the success first. */
const ACCOUNT_OPERATIONS: Record<string, Record<string, number[]>> = {
  '/api/v1/session': { get: [200] },
  '/api/v1/auth/register/options': { post: [200, 400, 404] },
  '/api/v1/auth/register': { post: [201, 400, 401, 404] },
  '/api/v1/auth/sign-in/options': { post: [200, 400, 404] },
  '/api/v1/auth/sign-in': { post: [200, 400, 401, 404] },
  '/api/v1/auth/recover': { post: [200, 400, 401, 404] },
  '/api/v1/auth/sign-out': { post: [204, 404] },
  '/api/v1/auth/sign-out-everywhere': { post: [200, 401, 403, 404] },
  '/api/v1/account': { get: [200, 401, 403, 404], delete: [200, 400, 401, 403, 404] },
  '/api/v1/account/passkeys/options': { post: [200, 400, 401, 403, 404] },
  '/api/v1/account/passkeys': { post: [201, 400, 401, 403, 404] },
  '/api/v1/account/passkeys/{id}': { delete: [204, 401, 403, 404, 409] },
  '/api/v1/account/recovery-codes': { post: [201, 401, 403, 404] },
  '/api/v1/account/tokens': { post: [201, 400, 401, 403, 404] },
  '/api/v1/account/tokens/{id}': { delete: [204, 401, 403, 404] },
  '/api/v1/account/export': { get: [200, 401, 403, 404] },
};

/** Operations that take no body: they act on who is signed in. */
const BODILESS = new Set([
  'post /api/v1/auth/sign-out',
  'post /api/v1/auth/sign-out-everywhere',
  'post /api/v1/account/passkeys/options',
  'post /api/v1/account/recovery-codes',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks a path of keys into a JSON value, failing the test if a step is missing. */
function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current)) current = current[Number(key)];
    else if (isRecord(current)) current = current[key];
    else current = undefined;
    assert.ok(current !== undefined, `missing ${keys.join(' → ')} (at ${key})`);
  }
  return current;
}

const casesDir = new URL('../../examples/cases/', import.meta.url);
const exampleAnswers: unknown[] = readdirSync(casesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => at(JSON.parse(readFileSync(new URL(name, casesDir), 'utf8')), 'answers'));

describe('the OpenAPI document and the docs page', () => {
  const server = useApp();
  let openapi: unknown;
  before(async () => {
    const response = await fetch(`${server.base}/openapi.json`);
    assert.equal(response.status, 200);
    openapi = await response.json();
  });

  /** A validator for a response as the published document describes it (its $refs resolve inside the document). */
  function responseValidator(path: string, method: string, status: string) {
    const schema = at(
      openapi,
      'paths',
      path,
      method,
      'responses',
      status,
      'content',
      'application/json',
      'schema',
    );
    assert.ok(isRecord(schema));
    return Schema.Compile({ ...schema, components: at(openapi, 'components') });
  }

  function assertValid(validator: ReturnType<typeof responseValidator>, value: unknown, what: string): void {
    const [valid, errors] = validator.Errors(value);
    assert.ok(valid, `${what}: ${JSON.stringify(errors.slice(0, 3))}`);
  }

  it('is OpenAPI 3 with every operation, each with its schemas', () => {
    assert.match(String(at(openapi, 'openapi')), /^3\.\d+\.\d+$/);
    assert.equal(at(openapi, 'info', 'title'), 'numbcheck HTTP API');
    const paths = at(openapi, 'paths');
    assert.ok(isRecord(paths));
    const core = [
      '/api/v1/assessments',
      '/api/v1/knowledge',
      '/api/v1/questions/{id}',
      '/healthz',
      '/fhir/Questionnaire/numbcheck-interview',
    ];
    const documented = { ...DIARY_OPERATIONS, ...ACCOUNT_OPERATIONS };
    for (const path of [...core, ...Object.keys(documented)]) at(paths, path);
    assert.deepEqual(
      Object.keys(paths).filter((path) => !core.includes(path) && !Object.hasOwn(documented, path)),
      ['/api/v1/parse'],
      'no undocumented extra paths',
    );
    const body = at(
      paths,
      '/api/v1/assessments',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    );
    assert.equal(at(body, 'type'), 'object');
    assert.equal(at(body, 'additionalProperties'), false);
    const answers = at(body, 'properties', 'answers', 'properties');
    assert.ok(isRecord(answers));
    assert.deepEqual(
      Object.keys(answers),
      knowledge.questions.map((q) => q.id),
      'one property per question',
    );
    assert.deepEqual(at(answers, 'sex', 'enum'), ['female', 'male', 'unknown']);
    assert.equal(at(answers, 'age', 'anyOf', '0', 'maximum'), 120);
    for (const status of ['200', '400', '413', '415'])
      at(paths, '/api/v1/assessments', 'post', 'responses', status);
    at(paths, '/api/v1/questions/{id}', 'get', 'parameters');
    at(paths, '/api/v1/questions/{id}', 'get', 'responses', '404');
    for (const name of ['Assessment', 'Knowledge', 'Question', 'RuleCondition', 'Error']) {
      at(openapi, 'components', 'schemas', name);
    }
  });

  it('documents every diary and account operation with an id, a summary, its schemas and its error answers', () => {
    for (const [path, methods] of Object.entries({ ...DIARY_OPERATIONS, ...ACCOUNT_OPERATIONS })) {
      for (const [method, statuses] of Object.entries(methods)) {
        const operation = at(openapi, 'paths', path, method);
        assert.equal(typeof at(operation, 'operationId'), 'string', `${method} ${path}`);
        assert.equal(typeof at(operation, 'summary'), 'string', `${method} ${path}`);
        for (const status of statuses) at(operation, 'responses', String(status));
        const success = statuses[0];
        if (success !== 204)
          at(operation, 'responses', String(success), 'content', 'application/json', 'schema');
        if ((method === 'post' || method === 'put') && !BODILESS.has(`${method} ${path}`)) {
          const body = at(operation, 'requestBody', 'content', 'application/json', 'schema');
          assert.ok(isRecord(body) && Object.keys(body).length > 0, `${method} ${path}: a documented body`);
        }
      }
    }
    at(openapi, 'paths', '/api/v1/export', 'get', 'responses', '200', 'content', 'text/csv');
    const episodeInput = at(
      openapi,
      'paths',
      '/api/v1/episodes',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    );
    assert.equal(at(episodeInput, 'properties', 'severity', 'anyOf', '0', 'maximum'), 10);
    for (const name of ['Episode', 'Exposure', 'SavedAssessment', 'BctqRecord', 'DiaryDocument']) {
      at(openapi, 'components', 'schemas', name);
    }
  });

  it('documents every listing as paged: `limit` and `cursor` in, `next` out, with the page sizes', () => {
    const sizes: Record<string, string> = {
      '/api/v1/episodes': '1 to 500; default 100',
      '/api/v1/exposures': '1 to 500; default 100',
      '/api/v1/diary/assessments': '1 to 100; default 20',
      '/api/v1/diary/bctq': '1 to 500; default 100',
    };
    for (const [path, size] of Object.entries(sizes)) {
      const operation = at(openapi, 'paths', path, 'get');
      const parameters = at(operation, 'parameters');
      assert.ok(Array.isArray(parameters));
      const named = (name: string) =>
        parameters.find((p) => isRecord(p) && p.name === name && p.in === 'query');
      assert.ok(named('cursor'), `${path}: cursor`);
      assert.match(String(at(named('limit'), 'description')), new RegExp(size), `${path}: limit`);
      const reply = at(operation, 'responses', '200', 'content', 'application/json', 'schema');
      assert.deepEqual(at(reply, 'properties', 'next', 'anyOf'), [{ type: 'string' }, { type: 'null' }]);
      const required = at(reply, 'required');
      assert.ok(Array.isArray(required) && required.includes('next'), `${path}: next is always there`);
    }
  });

  it('describes the real responses: every example assessment, the knowledge, each question, health, errors', async () => {
    const assessment = responseValidator('/api/v1/assessments', 'post', '200');
    for (const answers of [...exampleAnswers, {}, { stroke_signs: ['face_droop'] }]) {
      const response = await postAssessment(server.base, JSON.stringify({ answers }));
      assertValid(assessment, await response.json(), JSON.stringify(answers));
    }
    const knowledgeValidator = responseValidator('/api/v1/knowledge', 'get', '200');
    assertValid(
      knowledgeValidator,
      await (await fetch(`${server.base}/api/v1/knowledge`)).json(),
      'knowledge',
    );
    const question = responseValidator('/api/v1/questions/{id}', 'get', '200');
    for (const { id } of knowledge.questions) {
      assertValid(question, await (await fetch(`${server.base}/api/v1/questions/${id}`)).json(), id);
    }
    const health = responseValidator('/healthz', 'get', '200');
    assertValid(health, await (await fetch(`${server.base}/healthz`)).json(), 'healthz');
    const error = responseValidator('/api/v1/assessments', 'post', '400');
    assertValid(
      error,
      await (await postAssessment(server.base, '{"answers": {"age": 300}}')).json(),
      'error',
    );
    // and the validator is not a rubber stamp
    assert.equal(assessment.Check({ knowledgeVersion: 'x' }), false);
  });

  it('documents what parseAnswers accepts: the answer schemas agree with it on random answers', () => {
    const validator = Schema.Compile(answersSchema(knowledge));
    for (const answers of exampleAnswers) assert.ok(validator.Check(answers), JSON.stringify(answers));

    // Near-valid answers for each question, so that both acceptance and each kind of rejection are common.
    const noise = fc.oneof(
      fc.constantFrom('yes', 'bogus', '', 'unknown'),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const yesNo = fc.constantFrom('present', 'absent', 'unknown', 'present', 'absent', 'yes');
    const items = (allowed: readonly string[]) =>
      fc.oneof(
        { weight: 12, arbitrary: fc.constantFrom(...allowed) },
        { weight: 1, arbitrary: fc.constant('bogus') },
      );
    const mostly = (valid: fc.Arbitrary<unknown>) =>
      fc.oneof({ weight: 6, arbitrary: valid }, { weight: 1, arbitrary: noise });
    const hand = fc.record(
      {
        palm: fc.array(items(['thumb', 'index', 'middle', 'ring', 'little', 'thumb_side', 'little_side'])),
        back: fc.array(items(['thumb', 'little_side'])),
        arm: mostly(fc.array(items(['wrist', 'forearm', 'upper_arm']))),
        elbow: fc.constant([]),
      },
      { requiredKeys: [] },
    );
    const answerTo = (question: Question): fc.Arbitrary<unknown> => {
      switch (question.kind) {
        case 'yesno':
        case 'selfTest':
          return mostly(yesNo);
        case 'checklist':
          return mostly(
            fc.oneof(
              fc.array(items(question.findings), { maxLength: 3 }),
              fc.dictionary(items(question.findings), yesNo, { maxKeys: 3 }),
            ),
          );
        case 'choice':
          return mostly(fc.constantFrom(...question.options.map((o) => o.value), 'unknown'));
        case 'number':
          return mostly(
            fc.oneof(fc.integer({ min: question.min - 10, max: question.max + 10 }), fc.double()),
          );
        case 'handMap':
          return mostly(
            fc.oneof(
              { weight: 8, arbitrary: fc.record({ left: hand, right: hand }, { requiredKeys: [] }) },
              { weight: 1, arbitrary: fc.record({ middle: hand }) },
              { weight: 1, arbitrary: fc.array(hand, { maxLength: 1 }) },
            ),
          );
      }
    };
    const answers = fc
      .subarray([...knowledge.questions], { minLength: 1, maxLength: 3 })
      .chain((questions) => fc.record(Object.fromEntries(questions.map((q) => [q.id, answerTo(q)]))));
    fc.assert(
      fc.property(answers, (input) => {
        let parsed = true;
        try {
          parseAnswers(input, knowledge);
        } catch {
          parsed = false;
        }
        assert.equal(validator.Check(input), parsed, JSON.stringify(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('the docs page lists every operation, works without inline script or style, and is accessible HTML', async () => {
    const response = await fetch(`${server.base}/docs`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    const html = await response.text();
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    assert.match(html, /<title>numbcheck HTTP API<\/title>/);
    assert.match(html, /<h1>numbcheck HTTP API/);
    assert.match(html, /<meta name="viewport"/);
    for (const operation of [
      'POST /api/v1/assessments',
      'GET /api/v1/knowledge',
      'GET /api/v1/questions/{id}',
      'GET /healthz',
    ]) {
      assert.ok(html.includes(`<code>${operation}</code>`), operation);
    }
    assert.ok(html.includes('NUMB_BAD_ANSWER'), 'the error codes');
    assert.doesNotMatch(html, /<script|<style|\sstyle=|\son[a-z]+=/i, 'nothing the CSP would block');
    const headings = [...html.matchAll(/<h([1-6])/g)].map((match) => Number(match[1]));
    headings.forEach((level, i) => {
      assert.ok(i === 0 ? level === 1 : level <= (headings[i - 1] ?? 1) + 1, 'headings do not skip a level');
    });
    const css = await fetch(`${server.base}/docs/docs.css`);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    await css.body?.cancel();
  });

  it('a 404 for the docs assets is still numbcheck JSON', async () => {
    const response = await fetch(`${server.base}/docs/nothing.js`);
    assert.equal(response.status, 404);
    assert.equal((await errorOf(response)).code, 'NUMB_NOT_FOUND');
  });
});
