import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import {
  checkEpisode,
  type DiarySummary,
  diaryCounts,
  diaryCsv,
  diaryInsights,
  diarySummary,
  type EntryDefaults,
  type Episode,
  newBctqRecord,
  newEpisode,
  newExposure,
  newSavedAssessment,
  type Period,
  parseDiaryDocument,
  parseInstant,
  parsePeriod,
  reasonsOf,
  repeatEpisode,
  toDocument,
} from '../../diary/index.ts';
import { ARM_REGIONS, HAND_REGIONS, type HandAnswer, type HandMapAnswer } from '../../engine/index.ts';
import { anyOf, bad, type ErrorValue, inFile, NumbError, words } from '../../errors.ts';
import { diaryBundle, diaryFromFhir, isFhirBundle } from '../../fhir/index.ts';
import { formatDateTime, formatNumber, formatPercent } from '../../format/index.ts';
import type { Knowledge } from '../../knowledge/index.ts';
import type { Translate } from '../../messages/index.ts';
import { diaryReportDocument } from '../../print/index.ts';
import {
  DEFAULT_OWNER,
  type DiaryStore,
  type EntryCounts,
  openStore,
  ownerDiary,
} from '../../store/index.ts';
import { fileProblem, whereInFile } from '../cli-errors.ts';
import type { DiaryCommand, DiaryOptions } from '../diary-args.ts';
import { exposureLine, renderDiaryReport, renderInsights, renderList, whereText } from '../diary-report.ts';
import type { Io } from '../io.ts';
import { parseJsonText } from '../json-location.ts';
import { LEVEL_LOOK, levelWords } from '../level-text.ts';
import { type CliDiary, remoteDiary } from '../remote-diary.ts';
import { renderReport } from '../report.ts';
import { paint, type Words, wordsOf, wrap } from '../text.ts';
import { answersFromText } from './assess.ts';

/** What the diary command takes from the world beyond `Io`: the clock, new ids, the store, a confirmation. */
export interface DiaryWorld {
  now(): Date;
  newId(): string;
  openStore(dataDir: string | undefined): Promise<DiaryStore>;
  /** The environment: `NUMBCHECK_TOKEN`, the access token for `--server`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Asks the person to confirm in the terminal, with `answers` as its yes and no; only called in a terminal. */
  confirm(message: string, answers: { yes: string; no: string }): Promise<boolean>;
}

export const processWorld: DiaryWorld = {
  now: () => new Date(),
  newId: () => randomUUID(),
  openStore: (dataDir) => openStore(dataDir === undefined ? {} : { dataDir }),
  env: process.env,
  confirm: async (message, answers) => {
    const { confirm } = await import('@inquirer/prompts');
    return confirm({ message, default: false, theme: { keywords: answers } });
  },
};

/**
 * The diary the options name: on a numbcheck server (`--server`, with the access token in `NUMBCHECK_TOKEN`), else the
 * store on this machine (`--data`, `DATABASE_URL`, `NUMBCHECK_DATA_DIR`, `~/.numbcheck`), as its one person's.
 */
async function openDiary(options: DiaryOptions, world: DiaryWorld): Promise<CliDiary> {
  if (options.server !== undefined) {
    const token = world.env.NUMBCHECK_TOKEN;
    if (token === undefined || token === '') {
      throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.token');
    }
    return remoteDiary(options.server, token);
  }
  const store = await world.openStore(options.data);
  return { ...ownerDiary(store, DEFAULT_OWNER), close: () => store.close() };
}

/** `numbcheck diary …`. Returns the exit code. */
export async function diaryCommand(
  command: DiaryCommand,
  io: Io,
  knowledge: Knowledge,
  world: DiaryWorld = processWorld,
): Promise<number> {
  const { action, options } = command;
  const words = wordsOf(io.text);
  const { t, locale } = words;
  // Everything that can be checked without the store is checked first, so bad input never opens (or creates) it.
  const prepared = await prepare(command, io, knowledge, world);
  const diary = await openDiary(options, world);
  try {
    switch (action) {
      case 'add':
        return await add(diary, options, io, knowledge, world, words);
      case 'exposure': {
        const exposure = newExposure(prepared.input, defaultsOf(world, options.when));
        await diary.addExposure(exposure);
        if (options.json) io.out(`${JSON.stringify(exposure, null, 2)}\n`);
        else {
          const line = exposureLine(exposure, words);
          io.out(`${t('cli.diary.savedPeriod', { kind: exposure.kind, id: exposure.id, line })}\n`);
        }
        return 0;
      }
      case 'assessment':
        return await saveAssessment(diary, prepared.input, io, knowledge, world, options.json, words);
      case 'bctq': {
        const record = await within(prepared.label, prepared.text, () =>
          newBctqRecord(prepared.input, defaultsOf(world)),
        );
        await diary.saveBctq(record);
        if (options.json) io.out(`${JSON.stringify(record, null, 2)}\n`);
        else {
          const s = record.scores;
          const score = (v: number | null) =>
            v === null ? t('cli.diary.notScored') : formatNumber(v, 2, { locale });
          const scores = { severity: score(s.symptomSeverity), function: score(s.functionalStatus) };
          io.out(`${t('cli.diary.savedBctq', { id: record.id, ...scores })}\n`);
        }
        return 0;
      }
      case 'list': {
        const range: { from?: string; to?: string } = {};
        if (options.from !== undefined) range.from = timeOption('--from', options.from).instant;
        if (options.to !== undefined) range.to = timeOption('--to', options.to).instant;
        const entries = await diary.readDiary(range);
        if (options.json) io.out(`${JSON.stringify(toDocument(entries), null, 2)}\n`);
        else {
          io.out(renderList(entries.episodes, entries.exposures, io.text));
          io.out(`${paint(io.text, 'dim', t('cli.diary.location', { location: diary.location }))}\n`);
        }
        return 0;
      }
      case 'stats': {
        const entries = await diary.readDiary();
        const now = world.now();
        const insights = diaryInsights(entries, {
          now: now.toISOString(),
          utcOffsetMinutes: -now.getTimezoneOffset(),
          knowledge,
          language: io.text.language,
        });
        io.out(
          options.json
            ? `${JSON.stringify(insights, null, 2)}\n`
            : renderInsights(insights, knowledge, io.text),
        );
        return 0;
      }
      case 'report': {
        const period = reportPeriod(options, world.now());
        const entries = await diary.readDiary();
        const summary = diarySummary(entries, period, {
          utcOffsetMinutes: -world.now().getTimezoneOffset(),
          knowledge,
          language: io.text.language,
        });
        if (options.pdf !== undefined) {
          await writeReportPdf(summary, entries.episodes, options.pdf, knowledge, world, words);
          io.out(`${t('cli.diary.pdfWritten', { file: options.pdf })}\n`);
          return 0;
        }
        io.out(
          options.json
            ? `${JSON.stringify(summary, null, 2)}\n`
            : renderDiaryReport(summary, knowledge, io.text),
        );
        return 0;
      }
      case 'export':
        return await exportDiary(diary, options, io, knowledge, world);
      case 'import': {
        const result = await within(prepared.label, prepared.text, () => diary.import(prepared.input));
        const added = t('cli.diary.imported', { from: prepared.label, counts: countsText(result.added, t) });
        const skipped =
          total(result.skipped) > 0
            ? ` ${t('cli.diary.importSkipped', { counts: countsText(result.skipped, t) })}`
            : '';
        io.out(`${added}${skipped}\n`);
        return 0;
      }
      case 'delete-all':
        return await deleteAll(diary, options, io, world, t);
    }
  } finally {
    await diary.close();
  }
}

interface Prepared {
  input: unknown;
  text: string;
  label: string;
}

/** Reads and parses the input an action needs before the store is opened: a file, or the episode's options. */
async function prepare(
  command: DiaryCommand,
  io: Io,
  knowledge: Knowledge,
  world: DiaryWorld,
): Promise<Prepared> {
  const { action, options, args } = command;
  const file = args[0];
  if (action === 'export' && options.format !== undefined && !isExportFormat(options.format)) {
    throw bad('NUMB_BAD_USAGE', ['--format'], anyOf(EXPORT_FORMATS), options.format);
  }
  if (action === 'list') {
    if (options.from !== undefined) timeOption('--from', options.from);
    if (options.to !== undefined) timeOption('--to', options.to);
  }
  if (action === 'report') {
    reportPeriod(options, world.now());
    if (options.pdf === '')
      throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.needsValue', { option: '--pdf' });
    if (options.pdf !== undefined && options.json)
      throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.jsonOrPdf');
  }
  if (action === 'exposure') {
    const input: Record<string, unknown> = { kind: args[0], interventions: options.intervention };
    addLength(input, options);
    if (options.episodes !== undefined) input.episodeCount = numberOrText(options.episodes);
    if (options.note !== undefined) input.note = options.note;
    // Checked now, with a throwaway id and time, so that a bad option never opens the store.
    flagErrors(() => newExposure(input, defaultsOf(world, options.when)), EXPOSURE_FLAGS);
    return { input, text: '', label: '' };
  }
  if (action === 'add' && !options.repeat) {
    const input = episodeInput(options);
    flagErrors(() => newEpisode(input, defaultsOf(world, options.when), knowledge), EPISODE_FLAGS);
    return { input, text: '', label: '' };
  }
  if (file === undefined) return { input: undefined, text: '', label: '' };
  const { text, label } = await readInput(file, io);
  if (action === 'assessment') return { input: answersFromText(text, label, knowledge), text, label };
  const parsed = parseJsonText(text, label);
  // A FHIR Bundle numbcheck wrote is read back into the diary document it was made from.
  const input =
    action === 'import' && isFhirBundle(parsed)
      ? await within(label, text, () => diaryFromFhir(parsed, knowledge))
      : parsed;
  // Checked whole before the store is opened: a bad file creates nothing and changes nothing.
  if (action === 'import') await within(label, text, () => parseDiaryDocument(input, knowledge));
  if (action === 'bctq') await within(label, text, () => newBctqRecord(input, defaultsOf(world)));
  return { input, text, label };
}

/** The doctor report of `diary report --pdf FILE`: the same document the web app prints, as a PDF. */
async function writeReportPdf(
  summary: DiarySummary,
  episodes: readonly Episode[],
  file: string,
  knowledge: Knowledge,
  world: DiaryWorld,
  words: Words,
): Promise<void> {
  const now = world.now();
  const utcOffsetMinutes = -now.getTimezoneOffset();
  const doc = diaryReportDocument(summary, {
    episodes: episodes.filter((e) => e.startedAt >= summary.period.from && e.startedAt < summary.period.to),
    knowledge,
    language: words.language,
    printedAt: formatDateTime(now.toISOString(), { utcOffsetMinutes, locale: words.locale }),
    utcOffsetMinutes,
  });
  // The PDF library is loaded only when a PDF is asked for.
  const { writePdf } = await import('../pdf-file.ts');
  await writePdf(doc, file);
}

/** Days the doctor report covers when --from is not given, as `GET /api/v1/summary`. */
export const DEFAULT_REPORT_DAYS = 90;

/** The period of `diary report`: --from (included) to --to (not included), by default the 90 days up to now. */
function reportPeriod(options: DiaryOptions, now: Date): Period {
  const to = options.to === undefined ? now.toISOString() : timeOption('--to', options.to).instant;
  const from =
    options.from === undefined
      ? new Date(Date.parse(to) - DEFAULT_REPORT_DAYS * 86_400_000).toISOString()
      : timeOption('--from', options.from).instant;
  if (Date.parse(to) <= Date.parse(from)) {
    const got = JSON.stringify(options.to ?? to);
    throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.toAfterFrom', { from, got });
  }
  return parsePeriod({ from, to });
}

/** The id, the time (now, or --when) and the UTC offset at that time, for a new entry. */
function defaultsOf(world: DiaryWorld, when?: string): EntryDefaults {
  const now = world.now();
  const at = when === undefined ? null : timeOption('--when', when);
  return {
    id: world.newId(),
    now: at?.instant ?? now.toISOString(),
    utcOffsetMinutes: at?.offset ?? -now.getTimezoneOffset(),
  };
}

const ZONED = /(Z|[+-]\d{2}:\d{2})$/i;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A time typed on the command line: ISO 8601 with a zone as it is, or a local date and time (`2026-11-30T07:15`,
 * `2026-11-30 07:15`, `2026-11-30`) in this machine's time zone, with the zone's offset on that date.
 */
export function timeOption(flag: string, value: string): { instant: string; offset: number } {
  if (ZONED.test(value)) {
    const parsed = flagErrors(() => parseInstant(value, ['time']), { time: flag });
    // A time in UTC ("Z") says nothing of the person's zone: this machine's offset at that moment stands in.
    return {
      instant: parsed.instant,
      offset: parsed.offsetMinutes ?? -new Date(parsed.instant).getTimezoneOffset(),
    };
  }
  const match = LOCAL.exec(value);
  const [, y, mo, d, h, mi, s] = match ?? [];
  const date = new Date(
    Number(y),
    Number(mo) - 1,
    Number(d),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
  );
  if (
    !match ||
    Number.isNaN(date.getTime()) ||
    date.getDate() !== Number(d) ||
    date.getMonth() !== Number(mo) - 1
  ) {
    const values = {
      field: flag,
      expected: words('error.NUMB_BAD_USAGE.cliTime'),
      got: JSON.stringify(value),
    };
    throw new NumbError('NUMB_BAD_USAGE', 'error.expects', values);
  }
  return { instant: date.toISOString(), offset: -date.getTimezoneOffset() };
}

/** A number typed as text: the number, or the text itself so that the error shows what was typed. */
function numberOrText(value: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

function addLength(input: Record<string, unknown>, options: DiaryOptions): void {
  if (options.minutes !== undefined) input.durationMinutes = numberOrText(options.minutes);
}

const EPISODE_FLAGS: Record<string, ErrorValue> = {
  startedAt: '--when',
  utcOffsetMinutes: '--when',
  durationMinutes: '--minutes',
  handMap: '--fingers',
  activities: '--activity',
  severity: '--severity',
  symptoms: '--symptom',
  interventions: '--intervention',
  exposureId: '--exposure',
  note: '--note',
};

const EXPOSURE_FLAGS: Record<string, ErrorValue> = {
  kind: words('error.field.periodKind'),
  startedAt: '--when',
  durationMinutes: '--minutes',
  interventions: '--intervention',
  episodeCount: '--episodes',
  note: '--note',
};

/** Runs a parse and turns its field errors into option errors: `--severity expects …, got 11`. */
function flagErrors<T>(parse: () => T, flags: Record<string, ErrorValue>): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof NumbError)) throw error;
    const field = error.path[0];
    const flag = typeof field === 'string' ? flags[field] : undefined;
    if (flag === undefined) throw error;
    const values = error.words.values ?? {};
    throw new NumbError(
      'NUMB_BAD_USAGE',
      error.words.key,
      'field' in values ? { ...values, field: flag } : values,
      error.path,
    );
  }
}

function handOf(options: DiaryOptions): HandAnswer {
  const hand: HandAnswer = {};
  const onBack = options.back;
  const onPalm = options.palm || !onBack;
  const fingers = options.fingers.map((f) => pick('--fingers', f, HAND_REGIONS));
  if (fingers.length > 0 && onPalm) hand.palm = fingers;
  if (fingers.length > 0 && onBack) hand.back = fingers;
  if (options.arm.length > 0) hand.arm = options.arm.map((a) => pick('--arm', a, ARM_REGIONS));
  return hand;
}

/** One place on the hand or arm, named on the command line. */
function pick<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((item) => item === value);
  if (found === undefined)
    throw new NumbError('NUMB_BAD_USAGE', 'error.expects', {
      field: flag,
      expected: anyOf(allowed),
      got: JSON.stringify(value),
    });
  return found;
}

function episodeInput(options: DiaryOptions): Record<string, unknown> {
  const input: Record<string, unknown> = {
    activities: options.activity,
    symptoms: options.symptom,
    interventions: options.intervention,
  };
  if (options.when !== undefined) input.startedAt = timeOption('--when', options.when).instant;
  addLength(input, options);
  if (options.severity !== undefined) input.severity = numberOrText(options.severity);
  if (options.note !== undefined) input.note = options.note;
  if (options.exposure !== undefined) input.exposureId = options.exposure;
  const marks = options.fingers.length > 0 || options.arm.length > 0;
  if (options.hand === undefined) {
    if (marks || options.palm || options.back) {
      throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.needsHand');
    }
  } else {
    if (options.hand !== 'left' && options.hand !== 'right' && options.hand !== 'both') {
      const values = {
        field: '--hand',
        expected: anyOf(['left', 'right', 'both']),
        got: JSON.stringify(options.hand),
      };
      throw new NumbError('NUMB_BAD_USAGE', 'error.expects', values);
    }
    const map: HandMapAnswer = {};
    if (options.hand !== 'right') map.left = handOf(options);
    if (options.hand !== 'left') map.right = handOf(options);
    input.handMap = map;
  }
  return input;
}

async function add(
  diary: CliDiary,
  options: DiaryOptions,
  io: Io,
  knowledge: Knowledge,
  world: DiaryWorld,
  words: Words,
): Promise<number> {
  const { t, locale } = words;
  const defaults = defaultsOf(world, options.when);
  let episode: Episode;
  if (options.repeat) {
    const [latest] = await diary.listEpisodes({ newestFirst: true, limit: 1 });
    if (!latest) throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.nothingToRepeat');
    const base = repeatEpisode(latest, defaults);
    // Options given with --repeat change what they name.
    const given = episodeInput(options);
    const { id: _id, startedAt: _at, utcOffsetMinutes: _offset, ...kept } = base;
    const merged: Record<string, unknown> = { ...kept };
    for (const [key, value] of Object.entries(given)) {
      if (Array.isArray(value) && value.length === 0) continue;
      merged[key] = value;
    }
    episode = flagErrors(() => newEpisode(merged, defaults, knowledge), EPISODE_FLAGS);
  } else {
    episode = flagErrors(() => newEpisode(episodeInput(options), defaults, knowledge), EPISODE_FLAGS);
  }
  const check = checkEpisode(episode, knowledge);
  // The episode is saved whatever the check says, so nothing is lost; an emergency changes only what is shown.
  await diary.addEpisode(episode);
  if (options.json) {
    io.out(
      `${JSON.stringify({ level: check.level, reasons: reasonsOf(check.assessment), episode }, null, 2)}\n`,
    );
    return 0;
  }
  if (check.emergency) {
    io.out(renderReport(check.assessment, knowledge, io.text));
    io.out(`\n${paint(io.text, 'dim', t('cli.diary.episodeSavedEmergency', { id: episode.id }))}\n`);
    return 0;
  }
  const at = formatDateTime(episode.startedAt, { utcOffsetMinutes: episode.utcOffsetMinutes, locale });
  io.out(`${t('cli.diary.savedEpisode', { id: episode.id, at, where: whereText(episode, words) })}\n`);
  if (check.level === 'urgent' || check.level === 'doctor') {
    const level = levelWords(check.level, knowledge, t);
    const reason = reasonsOf(check.assessment)[0]?.text ?? level.summary;
    const line = `${LEVEL_LOOK[check.level].marker} ${t('cli.diary.worthAttention', { title: level.title, reason })}`;
    io.out(`${wrap(line, io.text.width).join('\n')}\n`);
  }
  return 0;
}

async function saveAssessment(
  diary: CliDiary,
  answers: unknown,
  io: Io,
  knowledge: Knowledge,
  world: DiaryWorld,
  json: boolean,
  { t, locale }: Words,
): Promise<number> {
  const record = newSavedAssessment(answers, defaultsOf(world), knowledge);
  await diary.saveAssessment(record);
  const level = record.assessment.triage.level;
  if (json) io.out(`${JSON.stringify(record, null, 2)}\n`);
  else if (level === 'emergency') {
    io.out(renderReport(record.assessment, knowledge, io.text));
    io.out(`\n${paint(io.text, 'dim', t('cli.diary.assessmentSavedEmergency', { id: record.id }))}\n`);
  } else {
    const top = record.assessment.causes[0];
    const title = `${LEVEL_LOOK[level].marker} ${levelWords(level, knowledge, t).title}`;
    const saved = top
      ? t('cli.diary.savedAssessmentCause', {
          id: record.id,
          title,
          cause: top.name,
          chance: formatPercent(top.probability, { locale }),
        })
      : t('cli.diary.savedAssessment', { id: record.id, title });
    io.out(`${saved}\n${t('cli.diary.compareHint')}\n`);
  }
  return 0;
}

/** What `diary export --format` writes: numbcheck's own JSON (the default), CSV for a spreadsheet, FHIR R4 JSON. */
const EXPORT_FORMATS = ['json', 'csv', 'fhir'] as const;

function isExportFormat(value: string): value is (typeof EXPORT_FORMATS)[number] {
  return EXPORT_FORMATS.some((format) => format === value);
}

async function exportDiary(
  diary: CliDiary,
  options: DiaryOptions,
  io: Io,
  knowledge: Knowledge,
  world: DiaryWorld,
): Promise<number> {
  const { t } = wordsOf(io.text);
  const doc = await diary.export();
  let text = `${JSON.stringify(doc, null, 2)}\n`;
  if (options.format === 'csv') text = diaryCsv(doc);
  if (options.format === 'fhir') {
    // The report in the Bundle covers what `numbcheck diary report` covers: by default the 90 days up to now.
    const bundle = diaryBundle(doc, {
      period: reportPeriod(options, world.now()),
      language: io.text.language ?? 'en',
      knowledge,
      utcOffsetMinutes: -world.now().getTimezoneOffset(),
    });
    text = `${JSON.stringify(bundle, null, 2)}\n`;
  }
  if (options.out === undefined) {
    io.out(text);
    return 0;
  }
  // Written beside the target and renamed over it, so a crash never leaves half an export; only the owner may read it.
  const temporary = `${options.out}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, { mode: 0o600 });
    await rename(temporary, options.out);
  } catch (error) {
    throw new NumbError('NUMB_CANNOT_WRITE', 'error.NUMB_CANNOT_WRITE.file', {
      file: options.out,
      reason: fileProblem(error),
    });
  }
  io.out(`${t('cli.diary.exported', { counts: countsText(diaryCounts(doc), t), file: options.out })}\n`);
  return 0;
}

async function deleteAll(
  diary: CliDiary,
  options: DiaryOptions,
  io: Io,
  world: DiaryWorld,
  t: Translate,
): Promise<number> {
  const counts = await diary.counts();
  if (total(counts) === 0) {
    io.out(`${t('cli.diary.alreadyEmpty')}\n`);
    return 0;
  }
  if (!options.yes) {
    if (!io.stdinIsTTY) {
      throw new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.confirmDeleteAll');
    }
    const sure = await world.confirm(
      t('cli.diary.confirmDelete', { counts: countsText(counts, t), location: diary.location }),
      { yes: t('answer.yes'), no: t('answer.no') },
    );
    if (!sure) {
      io.out(`${t('cli.diary.nothingDeleted')}\n`);
      return 0;
    }
  }
  const deleted = await diary.deleteAll();
  io.out(`${t('cli.diary.deleted', { counts: countsText(deleted, t) })}\n`);
  return 0;
}

function total(counts: EntryCounts): number {
  return counts.episodes + counts.exposures + counts.assessments + counts.bctq;
}

/** "3 episodes, 1 period, 0 assessments and 2 BCTQ entries" */
export function countsText(c: EntryCounts, t: Translate): string {
  return t('cli.diary.counts', { ...c });
}

async function readInput(file: string, io: Io): Promise<{ text: string; label: string }> {
  if (file === '-') {
    if (io.stdinIsTTY) io.err(`${wordsOf(io.text).t('cli.diary.pasteJson')}\n`);
    return { text: await io.readStdin(), label: 'standard input' };
  }
  try {
    return { text: await readFile(file, 'utf8'), label: file };
  } catch (error) {
    throw new NumbError('NUMB_FILE_NOT_FOUND', 'error.NUMB_FILE_NOT_FOUND.file', {
      file,
      reason: fileProblem(error),
    });
  }
}

/** Runs `work`; a NumbError about a place in the file gets the file's name and line in front. */
async function within<T>(label: string, text: string, work: () => T | Promise<T>): Promise<Awaited<T>> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof NumbError) || label === '') throw error;
    throw inFile(error, error.path.length > 0 ? whereInFile(text, label, error.path) : label);
  }
}
