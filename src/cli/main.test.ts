import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import packageJson from '../../package.json' with { type: 'json' };
import { NumbError } from '../errors.ts';
import { knowledge } from '../knowledge/index.ts';
import { useTempDir } from '../suite-testkit.ts';
import type { Io } from './io.ts';
import { fail } from './main.ts';
import { BIN, CARPAL_TUNNEL_FILE, cliEnv, type Run, runCli } from './testkit.ts';
import { PLAIN } from './text.ts';

/** Runs the real CLI with the Node that runs the tests. Standard input is a pipe, so it is never a terminal. */
function numbcheck(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return runCli(args, {
    cwd: options.cwd,
    input: options.input ?? '',
    env: cliEnv({ NUMBCHECK_DEBUG: '', ...options.env }),
  });
}

function assertNoStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
}

describe('numbcheck (the real CLI)', () => {
  const dir = useTempDir('numbcheck-cli-', async (made) => {
    await writeFile(join(made, 'answers.json'), JSON.stringify(CARPAL_TUNNEL_FILE, null, 2));
    await writeFile(
      join(made, 'bad-value.json'),
      '{\n  "stroke_signs": [],\n  "heart_signs": {\n    "chest_pain": "yes"\n  }\n}\n',
    );
    await writeFile(
      join(made, 'unknown-question.json'),
      '{\n  "stroke_signs": [],\n  "favourite_colour": "blue"\n}\n',
    );
    await writeFile(join(made, 'malformed.json'), '{\n  "stroke_signs": []\n  "heart_signs": []\n}\n');
  });

  it('--version prints the package and knowledge versions', async () => {
    const run = await numbcheck(['--version']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `numbcheck ${packageJson.version} (knowledge ${knowledge.version})\n`);
  });

  it('bin/numbcheck.js runs the same CLI', async () => {
    const run = await runCli(['--version'], { script: BIN });
    assert.equal(run.code, 0);
    assert.equal(run.stdout, `numbcheck ${packageJson.version} (knowledge ${knowledge.version})\n`);
  });

  it('--help, help and assess --help print usage with the exit codes', async () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const run = await numbcheck(args);
      assert.equal(run.code, 0, args.join(' '));
      assert.match(run.stdout, /numbcheck assess --answers FILE/);
      assert.match(run.stdout, /Exit codes:/);
    }
    for (const args of [
      ['assess', '--help'],
      ['help', 'assess'],
    ]) {
      const run = await numbcheck(args);
      assert.equal(run.code, 0);
      assert.match(run.stdout, /--answers FILE/);
      assert.match(run.stdout, /← Back/);
    }
    const knowledgeHelp = await numbcheck(['knowledge', '--help']);
    assert.match(knowledgeHelp.stdout, /knowledge check/);
  });

  it('assess --answers FILE --json prints the assessment as JSON', async () => {
    const run = await numbcheck(['assess', '--answers', join(dir(), 'answers.json'), '--json']);
    assert.equal(run.code, 0, run.stderr);
    const assessment = JSON.parse(run.stdout);
    assert.ok(['emergency', 'urgent', 'doctor', 'self_care'].includes(assessment.triage.level));
    assert.equal(assessment.knowledgeVersion, knowledge.version);
    assert.ok(Array.isArray(assessment.causes) && assessment.causes.length > 0);
    assert.deepEqual(assessment.unscreened, []);
    assert.match(run.stdout, /^\{\n {2}"/, 'two-space indent');
  });

  it('assess --answers - reads standard input; partial answers name the next question and unscreened signs', async () => {
    const json = await numbcheck(['assess', '--answers', '-', '--json'], {
      input: '{"hand_map": "unknown"}',
    });
    assert.equal(json.code, 0, json.stderr);
    const assessment = JSON.parse(json.stdout);
    assert.equal(assessment.next.id, 'stroke_signs');
    assert.ok(assessment.unscreened.includes('face_droop'));

    const readable = await numbcheck(['assess', '--answers', '-'], { input: '{}' });
    assert.equal(readable.code, 0, readable.stderr);
    assert.match(readable.stdout, /information, not a diagnosis/);
    assert.match(readable.stdout, /Danger signs not asked yet/);
    assert.match(readable.stdout, /Next question/);
  });

  it('a bad answer exits 2 naming the file, the line, what was expected and what was found', async () => {
    const run = await numbcheck(['assess', '--answers', 'bad-value.json'], { cwd: dir() });
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'numbcheck: bad-value.json line 4: "heart_signs.chest_pain" expects present, absent or unknown, got "yes"\n',
    );
    assert.equal(run.stdout, '');

    const unknown = await numbcheck(['assess', '--answers', 'unknown-question.json'], { cwd: dir() });
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /^numbcheck: unknown-question\.json line 3: "favourite_colour" is not a numbcheck question/,
    );
  });

  it('malformed JSON exits 2 with the line and column', async () => {
    const run = await numbcheck(['assess', '--answers', 'malformed.json', '--json'], { cwd: dir() });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, "numbcheck: malformed.json line 3, column 3: expected ',' between items\n");
    const stdin = await numbcheck(['assess', '--answers', '-'], { input: '{"age": 4' });
    assert.equal(stdin.code, 2);
    assert.match(stdin.stderr, /^numbcheck: standard input line 1, column 10: /);
  });

  it('a missing file exits 2 naming the file', async () => {
    const run = await numbcheck(['assess', '--answers', 'nope.json'], { cwd: dir() });
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'numbcheck: cannot read the answers file nope.json: there is no such file\n');
    assertNoStackTrace(run);
  });

  it('unknown commands, options and misplaced options exit 2 with a usage hint', async () => {
    const cases: [string[], RegExp][] = [
      [['assess', '--frobnicate'], /unknown option '--frobnicate'\nRun 'numbcheck assess --help'/],
      [['--frobnicate'], /unknown option '--frobnicate'\nRun 'numbcheck --help'/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['assess', '--answers'], /needs a file name/],
      [['assess', '--json'], /--json needs --answers FILE/],
      [['knowledge', '--answers', 'x.json'], /'numbcheck knowledge' has no option '--answers'/],
      [['knowledge', 'fix'], /unknown knowledge command 'fix'/],
    ];
    for (const [args, message] of cases) {
      const run = await numbcheck(args);
      assert.equal(run.code, 2, args.join(' '));
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
  });

  it('the interview without a terminal exits 2 and points to --answers', async () => {
    const run = await numbcheck(['assess']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /needs a terminal/);
    assert.match(run.stderr, /--answers/);
  });

  it('knowledge check passes, and knowledge lists it readable or as JSON', async () => {
    const check = await numbcheck(['knowledge', 'check']);
    assert.equal(check.code, 0, check.stdout + check.stderr);
    assert.match(
      check.stdout,
      new RegExp(
        `^knowledge ${knowledge.version.replaceAll('.', '\\.')}: OK \\(\\d+ causes, \\d+ findings, `,
      ),
    );

    const json = await numbcheck(['knowledge', '--json']);
    assert.equal(json.code, 0);
    const parsed = JSON.parse(json.stdout);
    assert.equal(parsed.version, knowledge.version);
    assert.equal(parsed.causes.length, knowledge.causes.length);

    const readable = await numbcheck(['knowledge']);
    assert.equal(readable.code, 0);
    for (const heading of [
      'Causes',
      'Findings',
      'Questions',
      'Triage rules',
      'Tests',
      'Exercises',
      'Sources',
    ]) {
      assert.match(readable.stdout, new RegExp(`^${heading} \\(\\d+\\)$`, 'm'));
    }
  });
});

describe('fail', () => {
  function recordingIo(): { io: Io; err: string[] } {
    const err: string[] = [];
    return {
      err,
      io: {
        out: () => {},
        err: (text) => err.push(text),
        readStdin: async () => '',
        stdinIsTTY: false,
        text: PLAIN,
      },
    };
  }

  it('reports an internal error with exit 1 and a hint, and the stack only when debugging', () => {
    const quiet = recordingIo();
    assert.equal(fail(new TypeError('boom'), quiet.io, false), 1);
    assert.match(
      quiet.err.join(''),
      /^numbcheck: internal error: boom\nThis is a bug in numbcheck\. Please report it/,
    );
    assert.doesNotMatch(quiet.err.join(''), /\n\s+at /);

    const debug = recordingIo();
    assert.equal(fail(new TypeError('boom'), debug.io, true), 1);
    assert.match(debug.err.join(''), /TypeError: boom\n\s+at /);
  });

  it('maps an internal error to 1, input errors to 2 and Ctrl-C to 130', () => {
    assert.equal(fail(new NumbError('NUMB_INTERNAL', 'error.NUMB_INTERNAL.bug'), recordingIo().io, false), 1);
    assert.equal(fail(new NumbError('NUMB_BAD_ANSWER', 'error.NUMB_BAD_ANSWER'), recordingIo().io, false), 2);
    const interrupted = new Error('User force closed the prompt');
    interrupted.name = 'ExitPromptError';
    assert.equal(fail(interrupted, recordingIo().io, false), 130);
  });
});
