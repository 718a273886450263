import { bad, fieldOf, NumbError, type Path, words } from '../errors.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { type Episode, parseEpisode } from './episode.ts';
import { type Exposure, parseExposure } from './exposure.ts';
import { type BctqRecord, parseBctqRecord, parseSavedAssessment, type SavedAssessment } from './records.ts';
import { fieldsOf } from './validate.ts';

/** Everything one person's diary holds. */
export interface Diary {
  episodes: Episode[];
  exposures: Exposure[];
  assessments: SavedAssessment[];
  bctq: BctqRecord[];
}

export const DIARY_FORMAT = 'numbcheck-diary';
/** Bump when the document's shape changes; `parseDiaryDocument` reads this version and refuses others. */
export const DIARY_FORMAT_VERSION = 1;

/** A whole diary as one JSON document: what export writes and import reads. */
export interface DiaryDocument extends Diary {
  format: typeof DIARY_FORMAT;
  version: typeof DIARY_FORMAT_VERSION;
}

export const EMPTY_DIARY: Diary = { episodes: [], exposures: [], assessments: [], bctq: [] };

function byTimeThenId<T extends { id: string }>(time: (entry: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const ta = time(a);
    const tb = time(b);
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** The diary in its one canonical order, oldest first (ties by id), as the stores export it. */
export function sortDiary(diary: Diary): Diary {
  return {
    episodes: [...diary.episodes].sort(byTimeThenId((e) => e.startedAt)),
    exposures: [...diary.exposures].sort(byTimeThenId((e) => e.startedAt)),
    assessments: [...diary.assessments].sort(byTimeThenId((a) => a.takenAt)),
    bctq: [...diary.bctq].sort(byTimeThenId((b) => b.takenAt)),
  };
}

/** The export document of a diary. */
export function toDocument(diary: Diary): DiaryDocument {
  return { format: DIARY_FORMAT, version: DIARY_FORMAT_VERSION, ...sortDiary(diary) };
}

function entries<T>(value: unknown, path: Path, parse: (item: unknown, path: Path) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad('NUMB_BAD_IMPORT', path, words('error.type.array'), value);
  return value.map((item, i) => parse(item, [...path, i]));
}

function uniqueIds(list: readonly { id: string }[], name: string): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      const path = [name, i, 'id'];
      const id = JSON.stringify(entry.id);
      throw new NumbError(
        'NUMB_BAD_IMPORT',
        'error.NUMB_BAD_IMPORT.usedTwice',
        { field: fieldOf(path), id },
        path,
      );
    }
    seen.add(entry.id);
  });
}

/**
 * Checks a whole document before anything is written: the format and version, every entry, ids unique within each
 * list. Throws a NumbError whose `path` locates the first problem (`episodes.3.severity`). Links from episodes to
 * exposures outside the document are checked by the store, which knows what it already holds.
 */
export function parseDiaryDocument(input: unknown, knowledge: Knowledge = defaultKnowledge): DiaryDocument {
  const doc = fieldsOf(
    input,
    [],
    ['format', 'version', 'episodes', 'exposures', 'assessments', 'bctq'],
    'error.entry.export',
  );
  if (doc.format !== DIARY_FORMAT) {
    throw bad(
      'NUMB_BAD_IMPORT',
      ['format'],
      words('error.expected.diaryFormat', { format: DIARY_FORMAT }),
      doc.format,
    );
  }
  if (doc.version !== DIARY_FORMAT_VERSION) {
    const expected = words('error.expected.diaryVersion', { version: DIARY_FORMAT_VERSION });
    throw bad('NUMB_BAD_IMPORT', ['version'], expected, doc.version);
  }
  const diary: Diary = {
    episodes: entries(doc.episodes, ['episodes'], (item, path) => parseEpisode(item, { path, knowledge })),
    exposures: entries(doc.exposures, ['exposures'], parseExposure),
    assessments: entries(doc.assessments, ['assessments'], (item, path) =>
      parseSavedAssessment(item, path, knowledge),
    ),
    bctq: entries(doc.bctq, ['bctq'], parseBctqRecord),
  };
  uniqueIds(diary.episodes, 'episodes');
  uniqueIds(diary.exposures, 'exposures');
  uniqueIds(diary.assessments, 'assessments');
  uniqueIds(diary.bctq, 'bctq');
  return { format: DIARY_FORMAT, version: DIARY_FORMAT_VERSION, ...diary };
}
