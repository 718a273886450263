import type { DiarySummary, Insights } from '../../../src/diary/index.ts';
import {
  type Episode,
  type Exposure,
  isRecord,
  parseEpisode,
  parseExposure,
  parseSavedAssessment,
  type SavedAssessment,
} from '../../../src/diary/index.ts';
import type { Assessment } from '../../../src/engine/index.ts';
import type { BctqInstrument, BctqItem, TriageLevel } from '../../../src/knowledge/index.ts';

/**
 * The diary's HTTP API, as the web app calls it: same origin, JSON, under /api/v1. Every answer is checked before the
 * screens use it (entries with the diary's own parsers), so a server of another version fails loudly, not oddly.
 */

export const API = '/api/v1';

/** A request that did not work: the server's error (code, message, path), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly path: (string | number)[];
  constructor(status: number, code: string, message: string, path: (string | number)[] = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.path = path;
  }
  /** The server runs without a diary store. */
  get unavailable(): boolean {
    return this.status === 503 || this.code === 'NUMB_STORE_UNAVAILABLE';
  }
}

/** What a person reads for a failed request: the message, with where the problem is when the server said. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.unavailable)
      return 'The diary is not available in this mode: this numbcheck server runs without a diary store.';
    if (error.code === 'NUMB_SIGN_IN_REQUIRED')
      return 'You are not signed in (a sign-in ends after 30 days, or when you sign out everywhere). Reload the page to sign in again.';
    const where = error.path.length > 0 ? `${error.path.join('.')}: ` : '';
    return error.message.startsWith(`"${error.path.join('.')}"`) ? error.message : `${where}${error.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

function pathOf(value: unknown): (string | number)[] {
  return Array.isArray(value)
    ? value.filter((p): p is string | number => typeof p === 'string' || typeof p === 'number')
    : [];
}

/** One request; resolves with the parsed JSON (null for an empty answer), rejects with an ApiError. */
export async function call(method: string, path: string, body?: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method,
      // The server refuses a change with neither a JSON body nor this header: a form on another site could send it.
      headers: body === undefined ? { 'x-numbcheck-client': 'web' } : { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(
      0,
      'NETWORK',
      'numbcheck could not reach its server. Check the connection and try again.',
    );
  }
  const text = await response.text();
  let data: unknown = null;
  if (text !== '') {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const error = isRecord(data) && isRecord(data.error) ? data.error : {};
    throw new ApiError(
      response.status,
      typeof error.code === 'string' ? error.code : `HTTP_${response.status}`,
      typeof error.message === 'string' ? error.message : `The server answered ${response.status}.`,
      pathOf(error.path),
    );
  }
  return data;
}

function unexpected(what: string): ApiError {
  return new ApiError(
    0,
    'UNEXPECTED',
    `The server's answer has no ${what}: is it the same numbcheck version?`,
  );
}

function field(data: unknown, key: string): unknown {
  return isRecord(data) ? data[key] : undefined;
}

function listOf<T>(value: unknown, what: string, parse: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) throw unexpected(what);
  return value.map(parse);
}

export interface EpisodeCheckReply {
  level: TriageLevel;
  emergency: boolean;
  assessment: Assessment;
}

function isAssessment(value: unknown): value is Assessment {
  return isRecord(value) && isRecord(value.triage) && Array.isArray(value.causes) && isRecord(value.plan);
}

function isLevel(value: unknown): value is TriageLevel {
  return value === 'emergency' || value === 'urgent' || value === 'doctor' || value === 'self_care';
}

function checkOf(value: unknown): EpisodeCheckReply | null {
  if (!isRecord(value) || !isLevel(value.level) || !isAssessment(value.assessment)) return null;
  return { level: value.level, emergency: value.emergency === true, assessment: value.assessment };
}

export interface SavedEpisode {
  episode: Episode;
  check: EpisodeCheckReply | null;
}

/** An entry the server answered with, bare or wrapped (`{ episode }`). */
function entry(data: unknown, key: string): unknown {
  return field(data, key) ?? data;
}

function savedEpisode(data: unknown): SavedEpisode {
  return { episode: parseEpisode(entry(data, 'episode')), check: checkOf(field(data, 'check')) };
}

/** The person's UTC offset now, in minutes (+60 in Central European winter time). */
export function currentOffset(): number {
  return -new Date().getTimezoneOffset();
}

export const diaryApi = {
  async episodes(query: { limit?: number; from?: string; to?: string } = {}): Promise<Episode[]> {
    const params = new URLSearchParams({ newestFirst: 'true' });
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    if (query.from) params.set('from', query.from);
    if (query.to) params.set('to', query.to);
    const data = await call('GET', `/episodes?${params}`);
    return listOf(field(data, 'episodes'), 'episodes', (item) => parseEpisode(item));
  },
  async episode(id: string): Promise<Episode> {
    return parseEpisode(entry(await call('GET', `/episodes/${encodeURIComponent(id)}`), 'episode'));
  },
  async addEpisode(input: Record<string, unknown>): Promise<SavedEpisode> {
    return savedEpisode(await call('POST', '/episodes', input));
  },
  async updateEpisode(id: string, input: Record<string, unknown>): Promise<SavedEpisode> {
    return savedEpisode(await call('PUT', `/episodes/${encodeURIComponent(id)}`, { ...input, id }));
  },
  async deleteEpisode(id: string): Promise<void> {
    await call('DELETE', `/episodes/${encodeURIComponent(id)}`);
  },
  async repeatEpisode(id: string): Promise<SavedEpisode> {
    return savedEpisode(
      await call('POST', `/episodes/${encodeURIComponent(id)}/repeat`, { utcOffsetMinutes: currentOffset() }),
    );
  },
  async exposures(): Promise<Exposure[]> {
    const data = await call('GET', '/exposures?newestFirst=true&limit=10');
    return listOf(field(data, 'exposures'), 'exposures', (item) => parseExposure(item));
  },
  async addExposure(input: Record<string, unknown>): Promise<Exposure> {
    return parseExposure(entry(await call('POST', '/exposures', input), 'exposure'));
  },
  async insights(): Promise<Insights> {
    const data = await call('GET', `/insights?utcOffsetMinutes=${currentOffset()}`);
    if (!isInsights(data)) throw unexpected('insights');
    return data;
  },
  async summary(from: string, to: string): Promise<DiarySummary> {
    const params = new URLSearchParams({ from, to, utcOffsetMinutes: String(currentOffset()) });
    const data = await call('GET', `/summary?${params}`);
    if (!isSummary(data)) throw unexpected('summary');
    return data;
  },
  /** Every saved assessment: the screen charts them all, so it follows the pages to the end. */
  async assessments(): Promise<SavedAssessment[]> {
    const all: SavedAssessment[] = [];
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ limit: '100' });
      if (cursor !== null) params.set('cursor', cursor);
      const data = await call('GET', `/diary/assessments?${params}`);
      all.push(...listOf(field(data, 'assessments'), 'assessments', (item) => parseSavedAssessment(item)));
      const next = field(data, 'next');
      cursor = typeof next === 'string' ? next : null;
    } while (cursor !== null);
    return all;
  },
  async questionnaire(): Promise<BctqInstrument> {
    const data = await call('GET', '/bctq/questionnaire');
    const found = [data, field(data, 'questionnaire'), field(data, 'bctq')].find(isInstrument);
    if (!found) throw unexpected('BCTQ questionnaire');
    return found;
  },
  async saveBctq(answers: Record<string, number>): Promise<BctqScores> {
    const data = await call('POST', '/diary/bctq', { answers, utcOffsetMinutes: currentOffset() });
    const found = [
      field(data, 'scores'),
      field(field(data, 'bctq'), 'scores'),
      field(field(data, 'record'), 'scores'),
    ]
      .map(scoresOf)
      .find((s) => s !== null);
    if (!found) throw unexpected('BCTQ scores');
    return found;
  },
  async importDocument(document: unknown): Promise<ImportReply> {
    const data = await call('POST', '/import', document);
    const added = countsOf(field(data, 'added'));
    const skipped = countsOf(field(data, 'skipped'));
    if (!added || !skipped) throw unexpected('import result');
    return { added, skipped };
  },
  async deleteAll(): Promise<EntryCounts> {
    const deleted = countsOf(
      field(await call('DELETE', '/diary', { confirm: 'delete everything' }), 'deleted'),
    );
    if (!deleted) throw unexpected('count of deleted entries');
    return deleted;
  },
};

export interface BctqScores {
  symptomSeverity: number | null;
  functionalStatus: number | null;
}

function scoreOf(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

function scoresOf(value: unknown): BctqScores | null {
  if (!isRecord(value) || !('symptomSeverity' in value)) return null;
  return {
    symptomSeverity: scoreOf(value.symptomSeverity),
    functionalStatus: scoreOf(value.functionalStatus),
  };
}

export interface EntryCounts {
  episodes: number;
  exposures: number;
  assessments: number;
  bctq: number;
}

export interface ImportReply {
  added: EntryCounts;
  skipped: EntryCounts;
}

function countsOf(value: unknown): EntryCounts | null {
  if (!isRecord(value)) return null;
  const n = (key: string): number => (typeof value[key] === 'number' ? Number(value[key]) : 0);
  return {
    episodes: n('episodes'),
    exposures: n('exposures'),
    assessments: n('assessments'),
    bctq: n('bctq'),
  };
}

function isTextSection(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.text);
}

function isInsights(value: unknown): value is Insights {
  return (
    isRecord(value) &&
    isTextSection(value.patterns) &&
    isTextSection(value.trend) &&
    Array.isArray(value.comparisons) &&
    isRecord(value.changes)
  );
}

function isSummary(value: unknown): value is DiarySummary {
  return (
    isRecord(value) &&
    isTextSection(value) &&
    isTextSection(value.patterns) &&
    Array.isArray(value.weeks) &&
    Array.isArray(value.comparisons)
  );
}

function isItem(value: unknown): value is BctqItem {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.text === 'string' &&
    Array.isArray(value.labels) &&
    value.labels.length === 5
  );
}

function isScale(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.items) && value.items.every(isItem);
}

function isInstrument(value: unknown): value is BctqInstrument {
  return isRecord(value) && isScale(value.symptomSeverity) && isScale(value.functionalStatus);
}
