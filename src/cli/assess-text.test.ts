import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { useTempDir } from '../suite-testkit.ts';
import { parseCommandLine } from './args.ts';
import { cliEnv, type Run, runCli } from './testkit.ts';

/** Runs the real CLI; standard input is a pipe, so it is never a terminal. */
function numbcheck(args: string[], input = ''): Promise<Run> {
  return runCli(args, { input, env: cliEnv({ NUMBCHECK_DEBUG: '' }) });
}

const STORY =
  'Tingling in the thumb and first two fingers of my left hand for six weeks. It wakes me up at night.';

describe('numbcheck assess --text', () => {
  const dir = useTempDir('numbcheck-text-', async (made) => {
    await writeFile(
      join(made, 'answers.json'),
      JSON.stringify({ duration: 'days', heart_signs: { breathless: 'present' } }),
    );
  });

  it('parses --text and -t, alone or with --answers and --json', () => {
    assert.deepEqual(parseCommandLine(['assess', '--text', 'numb hand']), {
      command: 'assess',
      answersFile: undefined,
      json: false,
      text: 'numb hand',
    });
    assert.deepEqual(parseCommandLine(['assess', '-t', 'numb hand', '--json', '--answers', 'a.json']), {
      command: 'assess',
      answersFile: 'a.json',
      json: true,
      text: 'numb hand',
    });
    assert.throws(() => parseCommandLine(['assess', '--text', '   ']), /needs your own words in quotes/);
    assert.throws(() => parseCommandLine(['assess', '--text']), /needs your own words/);
    assert.throws(() => parseCommandLine(['knowledge', '--text', 'x']), /has no option '--text'/);
  });

  it('prints what it understood, then the report', async () => {
    const run = await numbcheck(['assess', '--text', STORY]);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^Understood from your words:\n/);
    assert.match(run.stdout, /present +Wakes you at night.*— "wakes me up at\s+night"/s);
    assert.match(run.stdout, /where +left: thumb, index finger, middle finger/);
    assert.match(run.stdout, /SEE A DOCTOR/);
  });

  it('adds "understood" to the JSON assessment', async () => {
    const run = await numbcheck(['assess', '--text', STORY, '--json']);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    assert.equal(result.triage.level, 'doctor');
    assert.equal(result.causes[0].id, 'carpal_tunnel');
    assert.ok(result.unscreened.includes('chest_pain'));
    const night = result.understood.find((f: { finding: string }) => f.finding === 'night_waking');
    assert.deepEqual(night, {
      finding: 'night_waking',
      state: 'present',
      words: 'wakes me up at night',
      start: 78,
      end: 98,
    });
    assert.equal(STORY.slice(night.start, night.end), night.words);
  });

  it('lets the answers file win over the words, item by item', async () => {
    const run = await numbcheck([
      'assess',
      '--text',
      `${STORY} No breathlessness.`,
      '--answers',
      join(dir(), 'answers.json'),
      '--json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const result = JSON.parse(run.stdout);
    // The file says the numbness began in the last two weeks and that there is breathlessness: a same-day doctor.
    assert.equal(result.triage.level, 'urgent');
    assert.ok(
      result.understood.some(
        (f: { finding: string; state: string }) => f.finding === 'breathless' && f.state === 'absent',
      ),
    );
  });

  it('reads an emergency from the words alone', async () => {
    const run = await numbcheck([
      'assess',
      '--text',
      'my face is drooping and my left arm is numb',
      '--json',
    ]);
    assert.equal(JSON.parse(run.stdout).triage.level, 'emergency');
  });

  it('says so when it recognises nothing, and still reports', async () => {
    const run = await numbcheck(['assess', '--text', 'hello there']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Nothing numbcheck recognises yet/);
  });

  it('reads Russian words with no other flag', async () => {
    const stroke = await numbcheck([
      'assess',
      '--text',
      'Сегодня утром перекосило лицо, левая рука не слушается, говорю невнятно.',
      '--json',
    ]);
    assert.equal(stroke.code, 0, stroke.stderr);
    const result = JSON.parse(stroke.stdout);
    assert.equal(result.triage.level, 'emergency');
    assert.equal(result.causes[0].id, 'stroke_tia');
    const text = 'Сегодня утром перекосило лицо, левая рука не слушается, говорю невнятно.';
    const face = result.understood.find((f: { finding: string }) => f.finding === 'face_droop');
    assert.equal(face.state, 'present');
    assert.equal(text.slice(face.start, face.end), face.words);
    assert.match(face.words, /перекосило/);

    const wrist = await numbcheck([
      'assess',
      '--text',
      'Уже два месяца по ночам немеют большой, указательный и средний пальцы правой руки, трясу кистью и проходит.',
      '--json',
    ]);
    const carpal = JSON.parse(wrist.stdout);
    assert.equal(carpal.triage.level, 'doctor');
    assert.equal(carpal.causes[0].id, 'carpal_tunnel');
  });

  it('takes --lang to say the language, and refuses one it does not read', async () => {
    assert.deepEqual(parseCommandLine(['assess', '--text', 'немеет рука', '--lang', 'ru']), {
      command: 'assess',
      answersFile: undefined,
      json: false,
      text: 'немеет рука',
      lang: 'ru',
    });
    assert.throws(
      () => parseCommandLine(['assess', '--text', 'x', '--lang', 'de']),
      /--lang expects one of en or ru, got "de"/,
    );
    // --lang belongs to every command: without --text it says only the language numbcheck speaks.
    assert.deepEqual(parseCommandLine(['--lang=ru', 'assess', '--answers', 'a.json']), {
      command: 'assess',
      answersFile: 'a.json',
      json: false,
      text: undefined,
      lang: 'ru',
    });
    // Read as English, Russian words say nothing.
    const run = await numbcheck(['assess', '--text', 'немеет левая рука', '--lang', 'en']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /Nothing numbcheck recognises yet/);
  });
});
