import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorOf, postAssessment, startApp } from './testkit.ts';

/** Values no log line may ever contain: they stand for what a person answered. */
const SECRETS = ['87.654321', 'zebra-7f3a', 'zebra_question_7f3a', 'zebra-query', 'zebra-internal'];

describe('the request log', () => {
  it('has one line per request with method, path, status and time, and never an answer', async () => {
    const lines: string[] = [];
    const server = await startApp(
      { logger: true, logDestination: { write: (line) => lines.push(line) } },
      (app) => {
        // A bug whose message quotes the input, to check that a 500 logs the stack but not the message.
        app.get('/boom', async () => {
          throw new Error('failed on zebra-internal');
        });
      },
    );
    try {
      const bodies = [
        JSON.stringify({ answers: { age: 87.654321, stroke_signs: [] } }),
        '{"answers": {"heart_signs": {"chest_pain": "zebra-7f3a"}}}',
        '{"answers": {"zebra_question_7f3a": 1}}',
        '{"answers": {"age": zebra-7f3a}}',
        '{"answers": "zebra-7f3a"}',
        '{"answers": {}, "zebra-7f3a": 1}',
      ];
      const statuses: number[] = [];
      const record = async (response: Response): Promise<void> => {
        statuses.push(response.status);
        await response.arrayBuffer();
      };
      for (const body of bodies) await record(await postAssessment(server.base, body));
      for (const url of ['/healthz?answer=zebra-query', '/nothing?x=zebra-query']) {
        await record(await fetch(`${server.base}${url}`));
      }
      assert.deepEqual(statuses, [200, 400, 400, 400, 400, 400, 200, 404]);
      const boom = await fetch(`${server.base}/boom`);
      assert.equal(boom.status, 500);
      const error = await errorOf(boom);
      assert.equal(error.code, 'NUMB_INTERNAL');
      assert.doesNotMatch(
        error.message,
        /zebra/,
        'an internal error does not leak its message to the client',
      );
    } finally {
      await server.close();
    }

    const log = lines.join('');
    for (const secret of SECRETS) assert.ok(!log.includes(secret), `the log contains ${secret}:\n${log}`);

    const entries = lines.map((line) => JSON.parse(line));
    const requestLines = entries.filter((entry) => entry.msg === 'request');
    assert.equal(requestLines.length, 9, 'one line per request');
    for (const entry of requestLines) {
      assert.equal(typeof entry.method, 'string');
      assert.equal(typeof entry.path, 'string');
      assert.equal(typeof entry.status, 'number');
      assert.equal(typeof entry.responseTime, 'number');
      for (const field of ['req', 'res', 'body', 'err', 'answers'])
        assert.equal(entry[field], undefined, field);
    }
    assert.deepEqual(
      requestLines.slice(0, 2).map((entry) => [entry.method, entry.path, entry.status]),
      [
        ['POST', '/api/v1/assessments', 200],
        ['POST', '/api/v1/assessments', 400],
      ],
    );
    const internal = entries.find((entry) => entry.msg === 'internal error');
    assert.ok(internal, 'the 500 is logged');
    assert.match(internal.err.stack, /logging\.test\.ts/, 'with its stack');
  });
});
