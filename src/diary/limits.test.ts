import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumbError } from '../errors.ts';
import { knowledge } from '../knowledge/index.ts';
import { type DiaryDocument, parseDiaryDocument, toDocument } from './document.ts';
import { parseEpisode } from './episode.ts';
import { parseExposure } from './exposure.ts';
import { newSavedAssessment } from './records.ts';
import { sampleDiary } from './sample-diary.ts';

const EPISODE = { id: 'e1', startedAt: '2026-11-30T07:15:00Z', utcOffsetMinutes: 60 };
const FIFTEEN_MIB = 15 * 1024 * 1024;

function refused(
  parse: () => unknown,
  code: string,
  path: (string | number)[],
  message: string | RegExp,
): void {
  assert.throws(parse, (error: unknown) => {
    assert.ok(error instanceof NumbError, String(error));
    assert.equal(error.code, code);
    assert.deepEqual(error.path, path);
    if (typeof message === 'string') assert.equal(error.message, message);
    else assert.match(error.message, message);
    // A message quotes at most the start of what came, never megabytes of it.
    assert.ok(error.message.length < 400, `a short message, got ${error.message.length} characters`);
    return true;
  });
}

/** A diary document with one saved assessment, as JSON would bring it in. */
function documentWithAssessment(): DiaryDocument & Record<string, unknown> {
  const saved = newSavedAssessment(
    { stroke_signs: [], hand_map: { right: { palm: ['thumb'] } } },
    { id: 'as-1', now: '2026-11-01T10:00:00.000Z', utcOffsetMinutes: 0 },
  );
  return JSON.parse(
    JSON.stringify(toDocument({ episodes: [], exposures: [], assessments: [saved], bctq: [] })),
  );
}

describe('field sizes', () => {
  it('says which field is too long, its limit and what came, for a note of 15 MiB', () => {
    refused(
      () => parseEpisode({ ...EPISODE, note: 'x'.repeat(FIFTEEN_MIB) }),
      'NUMB_BAD_ENTRY',
      ['note'],
      '"note" expects at most 2,000 characters, got 15,728,640',
    );
    refused(
      () => parseExposure({ ...EPISODE, kind: 'run', note: 'x'.repeat(2001) }),
      'NUMB_BAD_ENTRY',
      ['note'],
      '"note" expects at most 2,000 characters, got 2,001',
    );
  });

  it('refuses an id over 64 characters by its length, quoting none of it', () => {
    refused(
      () => parseEpisode({ ...EPISODE, id: 'a'.repeat(FIFTEEN_MIB) }),
      'NUMB_BAD_ENTRY',
      ['id'],
      '"id" expects at most 64 characters, got 15,728,640',
    );
    refused(
      () => parseEpisode({ ...EPISODE, activities: ['x'.repeat(100_000)] }),
      'NUMB_BAD_ENTRY',
      ['activities', 0],
      /got "x{60}"… \(100,000 characters\)$/,
    );
  });

  it('bounds the lists of an entry, before repeats are dropped', () => {
    refused(
      () => parseEpisode({ ...EPISODE, symptoms: Array.from({ length: 1_000_000 }, () => 'chest_pain') }),
      'NUMB_BAD_ENTRY',
      ['symptoms'],
      '"symptoms" expects at most 100 items, got 1,000,000',
    );
    const ownWords = Array.from({ length: 100 }, (_, i) => `activity_${i}`);
    assert.equal(parseEpisode({ ...EPISODE, activities: ownWords }).activities.length, 100);
  });

  it('bounds every text and list inside an imported assessment, with its place in the document', () => {
    const long = documentWithAssessment();
    const assessment = long.assessments[0]?.assessment ?? assert.fail();
    assessment.notice = 'n'.repeat(FIFTEEN_MIB);
    refused(
      () => parseDiaryDocument(long, knowledge),
      'NUMB_BAD_IMPORT',
      ['assessments', 0, 'assessment', 'notice'],
      '"assessments.0.assessment.notice" expects at most 10,000 characters, got 15,728,640',
    );
    const many = documentWithAssessment();
    const cause = many.assessments[0]?.assessment.causes[0] ?? assert.fail();
    cause.sources = Array.from({ length: 5000 }, () => 'seed');
    refused(
      () => parseDiaryDocument(many, knowledge),
      'NUMB_BAD_IMPORT',
      ['assessments', 0, 'assessment', 'causes', 0, 'sources'],
      '"assessments.0.assessment.causes.0.sources" expects at most 1,000 items, got 5,000',
    );
    const answers = documentWithAssessment() as unknown as {
      assessments: { answers: Record<string, unknown> }[];
    };
    const first = answers.assessments[0] ?? assert.fail();
    first.answers.stroke_signs = Array.from({ length: 100_000 }, () => 'face_droop');
    refused(
      () => parseDiaryDocument(answers, knowledge),
      'NUMB_BAD_ANSWER',
      ['assessments', 0, 'answers', 'stroke_signs'],
      /^"assessments\.0\.answers\.stroke_signs" expects at most \d+ items \(each of .* once\), got 100,000$/,
    );
  });

  it('takes a real diary and real assessments whole: the limits are far above real use', () => {
    const diary = sampleDiary({ days: 3650, end: '2026-11-30T00:00:00Z', seed: 1 });
    const document = JSON.parse(JSON.stringify(toDocument(diary)));
    assert.equal(parseDiaryDocument(document, knowledge).episodes.length, diary.episodes.length);
    assert.doesNotThrow(() => parseDiaryDocument(documentWithAssessment(), knowledge));
  });
});

describe('characters a store cannot keep', () => {
  it('refuses NUL and other control characters, saying which and where', () => {
    refused(
      () => parseEpisode({ ...EPISODE, note: 'woke\u0000up' }),
      'NUMB_BAD_ENTRY',
      ['note'],
      '"note" expects text without control characters (tab and new line are fine), got U+0000 at character 5',
    );
    assert.equal(parseEpisode({ ...EPISODE, note: 'line one\n\tline two' }).note, 'line one\n\tline two');
  });

  it('refuses lone surrogates and keeps real emoji', () => {
    refused(
      () => parseEpisode({ ...EPISODE, note: 'ok \ud83d' }),
      'NUMB_BAD_ENTRY',
      ['note'],
      '"note" expects well-formed Unicode text, got a lone surrogate U+D83D at character 4',
    );
    assert.equal(parseEpisode({ ...EPISODE, note: 'numb 🖐️' }).note, 'numb 🖐️');
  });

  it('refuses them inside an imported assessment too', () => {
    const document = documentWithAssessment();
    const reason = document.assessments[0]?.assessment.triage.reasons[0] ?? assert.fail();
    reason.text = 'a\u0000b';
    refused(
      () => parseDiaryDocument(document, knowledge),
      'NUMB_BAD_IMPORT',
      ['assessments', 0, 'assessment', 'triage', 'reasons', 0, 'text'],
      /without control characters.*U\+0000 at character 2$/,
    );
    const surrogate = documentWithAssessment();
    const assessment = surrogate.assessments[0]?.assessment ?? assert.fail();
    assessment.knowledgeVersion = '\udc00';
    refused(
      () => parseDiaryDocument(surrogate, knowledge),
      'NUMB_BAD_IMPORT',
      ['assessments', 0, 'assessment', 'knowledgeVersion'],
      /lone surrogate U\+DC00 at character 1$/,
    );
  });
});
