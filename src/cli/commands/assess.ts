import { readFile } from 'node:fs/promises';
import { type Answers, assess, parseAnswers } from '../../engine/index.ts';
import { inFile, NumbError } from '../../errors.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Language } from '../../messages/index.ts';
import { lexiconFor, mergeAnswers, parseText } from '../../text/index.ts';
import { fileProblem as readProblem, whereInFile } from '../cli-errors.ts';
import { runInterview } from '../interview.ts';
import { inquirerPrompter } from '../interview-prompts.ts';
import type { Io } from '../io.ts';
import { parseJsonText } from '../json-location.ts';
import { renderReport } from '../report.ts';
import { paint, wordsOf, wrap } from '../text.ts';
import { renderUnderstood } from '../understood.ts';

export interface AssessOptions {
  /** A file of answers, `-` for standard input, or undefined for the interactive interview. */
  answersFile: string | undefined;
  json: boolean;
  /** The person's own words (`--text`), read into answers; explicit answers from the file win. */
  text?: string | undefined;
  /** The language of the words (`--lang`, which numbcheck also speaks); without it, the one their letters show. */
  lang?: Language | undefined;
}

/** `numbcheck assess`: the interview in a terminal, or an assessment of saved answers. Returns the exit code. */
export async function assessCommand(options: AssessOptions, io: Io, knowledge: Knowledge): Promise<number> {
  if (options.text !== undefined) return assessText(options.text, options, io, knowledge);
  if (options.answersFile === undefined) return interview(io, knowledge);
  const { text, label } = await readAnswers(options.answersFile, io);
  const answers = answersFromText(text, label, knowledge);
  const assessment = assess(answers, knowledge);
  io.out(
    options.json ? `${JSON.stringify(assessment, null, 2)}\n` : renderReport(assessment, knowledge, io.text),
  );
  return 0;
}

async function readAnswers(file: string, io: Io): Promise<{ text: string; label: string }> {
  if (file === '-') {
    if (io.stdinIsTTY) io.err(`${wordsOf(io.text).t('cli.assess.pasteAnswers')}\n`);
    return { text: await io.readStdin(), label: 'standard input' };
  }
  try {
    return { text: await readFile(file, 'utf8'), label: file };
  } catch (error) {
    const values = { file, reason: readProblem(error) };
    throw new NumbError('NUMB_FILE_NOT_FOUND', 'error.NUMB_FILE_NOT_FOUND.answers', values);
  }
}

/**
 * Parses and checks answers written as JSON. A problem is reported with the file, the line and what was expected,
 * for example `answers.json line 3: "heart_signs.chest_pain" expects present, absent or unknown, got "yes"`.
 */
export function answersFromText(text: string, label: string, knowledge: Knowledge): Answers {
  const input = parseJsonText(text, label);
  // The HTTP API's request shape, `{ "answers": … }`, is accepted too, so one file serves both (and the example
  // cases, which carry their story and expected result beside the answers, can be assessed as they are).
  const envelope = typeof input === 'object' && input !== null && !Array.isArray(input) && 'answers' in input;
  const prefix = envelope ? ['answers'] : [];
  try {
    return parseAnswers(envelope ? input.answers : input, knowledge);
  } catch (error) {
    if (!(error instanceof NumbError)) throw error;
    throw inFile(error, whereInFile(text, label, [...prefix, ...error.path]));
  }
}

/**
 * `numbcheck assess --text "…"`: what was understood, then the report, or, in a terminal without --json or
 * --answers, the interview carried on from those answers. The JSON adds `understood` to the assessment.
 */
async function assessText(
  words: string,
  options: AssessOptions,
  io: Io,
  knowledge: Knowledge,
): Promise<number> {
  const understood = parseText(words, lexiconFor(words, options.lang), knowledge);
  let answers = parseAnswers(understood.answers, knowledge);
  if (options.answersFile !== undefined) {
    const { text, label } = await readAnswers(options.answersFile, io);
    answers = mergeAnswers(answers, answersFromText(text, label, knowledge));
  }
  if (options.json) {
    const assessment = assess(answers, knowledge);
    io.out(`${JSON.stringify({ ...assessment, understood: understood.findings }, null, 2)}\n`);
    return 0;
  }
  io.out(`${renderUnderstood(understood, knowledge, io.text)}\n`);
  if (options.answersFile === undefined && io.stdinIsTTY) return interview(io, knowledge, answers);
  io.out(renderReport(assess(answers, knowledge), knowledge, io.text));
  return 0;
}

async function interview(io: Io, knowledge: Knowledge, initial: Answers = {}): Promise<number> {
  if (!io.stdinIsTTY) {
    throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.noTerminal');
  }
  const width = io.text.width;
  const { t } = wordsOf(io.text);
  io.out(
    [
      paint(io.text, 'bold', t('cli.interview.title')),
      ...wrap(knowledge.notice, width).map((line) => paint(io.text, 'dim', line)),
      ...wrap(t('cli.interview.howTo'), width),
      '',
    ].join('\n'),
  );
  const prompter = inquirerPrompter(knowledge, io.out, io.text);
  const result = await runInterview(prompter, knowledge, initial, io.text.language);
  io.out(`\n${renderReport(result.assessment, knowledge, io.text)}`);
  return 0;
}
