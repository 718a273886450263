import { NumbError } from '../errors.ts';
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { type Episode, parseEpisode } from './episode.ts';
import { type Exposure, parseExposure } from './exposure.ts';
import { type BctqRecord, parseBctqRecord, parseSavedAssessment, type SavedAssessment } from './records.ts';
import { bad, fieldsOf, type Path } from './validate.ts';

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
  if (!Array.isArray(value)) throw bad(path, 'a list', value, 'NUMB_BAD_IMPORT');
  return value.map((item, i) => parse(item, [...path, i]));
}

function uniqueIds(list: readonly { id: string }[], name: string): void {
  const seen = new Set<string>();
  list.forEach((entry, i) => {
    if (seen.has(entry.id)) {
      throw new NumbError('NUMB_BAD_IMPORT', `"${name}.${i}.id": the id "${entry.id}" is used twice`, [
        name,
        i,
        'id',
      ]);
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
    'a numbcheck diary export',
  );
  if (doc.format !== DIARY_FORMAT) {
    throw bad(
      ['format'],
      `"${DIARY_FORMAT}" (a file written by numbcheck diary export)`,
      doc.format,
      'NUMB_BAD_IMPORT',
    );
  }
  if (doc.version !== DIARY_FORMAT_VERSION) {
    throw bad(
      ['version'],
      `${DIARY_FORMAT_VERSION}, the version this numbcheck reads (a newer numbcheck may read a newer file)`,
      doc.version,
      'NUMB_BAD_IMPORT',
    );
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
