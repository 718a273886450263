import {
  type BctqRecord,
  DIARY_FORMAT,
  DIARY_FORMAT_VERSION,
  type DiaryDocument,
  type Episode,
  type Exposure,
  isRecord,
  parseBctqRecord,
  parseEpisode,
  parseExposure,
  parseSavedAssessment,
  type SavedAssessment,
} from '../diary/index.ts';
import type { Answers, AnswerValue, HandMapAnswer } from '../engine/index.ts';
import { anyOf, bad, type ErrorValue, fieldOf, NumbError, type Path, words } from '../errors.ts';
import { knowledge as defaultKnowledge, type Knowledge, type Question } from '../knowledge/index.ts';
import {
  ACTIVITY_CODES,
  ANSWER_CODES,
  ASKED_UNKNOWN,
  BCTQ_ITEM_CODES,
  DIARY_ENTRY_IDS,
  EXPOSURE_KIND_CODES,
  EXTENSIONS,
  FINDING_CODES,
  HAND_MAP_CODES,
  INTERVENTION_CODES,
  LOCAL,
  NUMBCHECK_CODES,
  NUMBNESS,
} from './codes.ts';
import { handMapFromCodes } from './hand-map.ts';

/**
 * The way back: a Bundle written by `diaryBundle` read into a diary document, entry for entry (the same ids, times,
 * answers and fields). The Composition and the Patient are made from the entries, so they are not read. Anything
 * else is refused with a NumbError (`NUMB_BAD_IMPORT`) whose path names the entry and the field in the Bundle
 * (`entry.3.resource.component.1.valueInteger`), what was expected and what came.
 */

type Json = Record<string, unknown>;

function fail(path: Path, expected: ErrorValue, got: unknown): never {
  throw bad('NUMB_BAD_IMPORT', path, expected, got);
}

function object(value: unknown, path: Path): Json {
  if (!isRecord(value)) fail(path, words('error.type.object'), value);
  return value;
}

function list(value: unknown, path: Path): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(path, words('error.type.array'), value);
  return value;
}

/** The code of the first coding of `system` in a CodeableConcept at `path`. */
function codeIn(value: unknown, path: Path, system: string): string {
  const codings = list(object(value, path).coding, [...path, 'coding']);
  for (const coding of codings) {
    if (isRecord(coding) && coding.system === system && typeof coding.code === 'string') return coding.code;
  }
  return fail([...path, 'coding'], words('error.expected.fhirCoding', { system }), codings);
}

function hasCoding(value: unknown, system: string, code: string): boolean {
  return (
    isRecord(value) &&
    Array.isArray(value.coding) &&
    value.coding.some((c) => isRecord(c) && c.system === system && c.code === code)
  );
}

/** The diary id an entry's resource keeps in its identifier (a list on an Observation, one on a response). */
function diaryId(resource: Json, path: Path): unknown {
  const at = [...path, 'identifier'];
  const identifiers = Array.isArray(resource.identifier) ? resource.identifier : [resource.identifier];
  for (const identifier of identifiers) {
    if (isRecord(identifier) && identifier.system === DIARY_ENTRY_IDS) return identifier.value;
  }
  return fail(at, words('error.expected.fhirDiaryId', { system: DIARY_ENTRY_IDS }), resource.identifier);
}

function noteOf(resource: Json, path: Path): unknown {
  const notes = list(resource.note, [...path, 'note']);
  if (notes.length === 0) return '';
  return object(notes[0], [...path, 'note', 0]).text;
}

/**
 * Runs a diary parser on an entry read from a resource, and moves the path of its error from the diary's field
 * (`severity`) to where that field was in the resource (`component.0.valueInteger`). An item of a list or an answer
 * has a place of its own (`symptoms.1`, `answers.age`), else the field's place stands for it.
 */
function parsedAt<T>(fhirPaths: Readonly<Record<string, Path>>, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof NumbError)) throw error;
    const placeOf = (i: number): Path | undefined =>
      fhirPaths[`${String(error.path[i])}.${String(error.path[i + 1])}`] ?? fhirPaths[String(error.path[i])];
    const at = error.path.findIndex((part, i) => typeof part === 'string' && placeOf(i) !== undefined);
    const path = at < 0 ? undefined : placeOf(at);
    const values = error.words.values ?? {};
    if (path === undefined || !('field' in values)) throw error;
    throw new NumbError(error.code, error.words.key, { ...values, field: fieldOf(path) }, path);
  }
}

/** Component codes of an episode's Observation, numbcheck's own. */
const EPISODE_COMPONENTS = [
  LOCAL.severity,
  LOCAL.duration,
  LOCAL.place,
  LOCAL.activity,
  LOCAL.symptom,
  LOCAL.intervention,
].map((c) => c.code);

function episodeFrom(
  resource: Json,
  path: Path,
  exposures: ReadonlyMap<string, unknown>,
  knowledge: Knowledge,
): Episode {
  const at = (...rest: Path): Path => [...path, ...rest];
  const fields: Json = {
    id: diaryId(resource, path),
    startedAt: resource.effectiveDateTime,
    note: noteOf(resource, path),
    activities: [],
    symptoms: [],
    interventions: [],
  };
  const paths: Record<string, Path> = {
    id: at('identifier'),
    startedAt: at('effectiveDateTime'),
    utcOffsetMinutes: at('effectiveDateTime'),
    note: at('note', 0, 'text'),
  };
  const places: { code: unknown; path: Path }[] = [];
  list(resource.component, at('component')).forEach((item, k) => {
    const c = object(item, at('component', k));
    const code = codeIn(c.code, at('component', k, 'code'), NUMBCHECK_CODES);
    const value = at('component', k, 'valueCodeableConcept');
    const push = (field: string, system: string) => {
      const items = fields[field] as unknown[];
      paths[`${field}.${items.length}`] = value;
      items.push(codeIn(c.valueCodeableConcept, value, system));
    };
    if (code === LOCAL.severity.code) {
      fields.severity = c.valueInteger;
      paths.severity = at('component', k, 'valueInteger');
    } else if (code === LOCAL.duration.code) {
      const quantity = object(c.valueQuantity, at('component', k, 'valueQuantity'));
      fields.durationMinutes = quantity.value;
      paths.durationMinutes = at('component', k, 'valueQuantity', 'value');
    } else if (code === LOCAL.place.code) {
      places.push({ code: codeIn(c.valueCodeableConcept, value, HAND_MAP_CODES), path: value });
    } else if (code === LOCAL.activity.code) push('activities', ACTIVITY_CODES);
    else if (code === LOCAL.symptom.code) push('symptoms', FINDING_CODES);
    else if (code === LOCAL.intervention.code) push('interventions', INTERVENTION_CODES);
    else fail(at('component', k, 'code'), anyOf(EPISODE_COMPONENTS), code);
  });
  const handMap: HandMapAnswer = handMapFromCodes(places);
  if (resource.bodySite !== undefined) {
    const side = codeIn(resource.bodySite, at('bodySite'), HAND_MAP_CODES);
    if (side !== 'left' && side !== 'right' && side !== 'both')
      fail(at('bodySite'), anyOf(['left', 'right', 'both']), side);
    if (side !== 'right') handMap.left ??= {};
    if (side !== 'left') handMap.right ??= {};
  }
  fields.handMap = handMap;
  const extensions = list(resource.extension, at('extension'));
  const link = extensions.findIndex((e) => isRecord(e) && e.url === EXTENSIONS.exposurePeriod);
  if (link >= 0) {
    const where = at('extension', link, 'valueReference');
    const reference = object(object(extensions[link], at('extension', link)).valueReference, where);
    const target =
      typeof reference.reference === 'string'
        ? exposures.get(reference.reference)
        : isRecord(reference.identifier)
          ? reference.identifier.value
          : undefined;
    if (target === undefined) fail(where, words('error.expected.fhirExposure'), reference);
    fields.exposureId = target;
    paths.exposureId = where;
  }
  return parsedAt(paths, () => parseEpisode(fields, { path, knowledge }));
}

function exposureFrom(resource: Json, path: Path): Exposure {
  const at = (...rest: Path): Path => [...path, ...rest];
  const period = object(resource.effectivePeriod, at('effectivePeriod'));
  const fields: Json = {
    id: diaryId(resource, path),
    kind: codeIn(resource.valueCodeableConcept, at('valueCodeableConcept'), EXPOSURE_KIND_CODES),
    startedAt: period.start,
    note: noteOf(resource, path),
    interventions: [],
  };
  const paths: Record<string, Path> = {
    id: at('identifier'),
    kind: at('valueCodeableConcept'),
    startedAt: at('effectivePeriod', 'start'),
    utcOffsetMinutes: at('effectivePeriod', 'start'),
    durationMinutes: at('effectivePeriod', 'end'),
    note: at('note', 0, 'text'),
  };
  if (period.end !== undefined) {
    const start = Date.parse(String(period.start));
    const end = Date.parse(String(period.end));
    fields.durationMinutes = Number.isNaN(end - start) ? period.end : (end - start) / 60_000;
  }
  list(resource.component, at('component')).forEach((item, k) => {
    const c = object(item, at('component', k));
    const code = codeIn(c.code, at('component', k, 'code'), NUMBCHECK_CODES);
    if (code === LOCAL.episodeCount.code) {
      fields.episodeCount = c.valueInteger;
      paths.episodeCount = at('component', k, 'valueInteger');
    } else if (code === LOCAL.intervention.code) {
      const value = at('component', k, 'valueCodeableConcept');
      const interventions = fields.interventions as unknown[];
      paths[`interventions.${interventions.length}`] = value;
      interventions.push(codeIn(c.valueCodeableConcept, value, INTERVENTION_CODES));
    } else fail(at('component', k, 'code'), anyOf([LOCAL.episodeCount.code, LOCAL.intervention.code]), code);
  });
  return parsedAt(paths, () => parseExposure(fields, path));
}

function bctqFrom(resource: Json, path: Path): BctqRecord {
  const at = (...rest: Path): Path => [...path, ...rest];
  const answers: Json = {};
  const paths: Record<string, Path> = {
    id: at('identifier'),
    takenAt: at('effectiveDateTime'),
    utcOffsetMinutes: at('effectiveDateTime'),
    answers: at('component'),
  };
  list(resource.component, at('component')).forEach((item, k) => {
    const c = object(item, at('component', k));
    // The scale scores are left: they are computed again from the items.
    if (hasCoding(c.code, NUMBCHECK_CODES, LOCAL.bctqSymptomSeverity.code)) return;
    if (hasCoding(c.code, NUMBCHECK_CODES, LOCAL.bctqFunctionalStatus.code)) return;
    const id = codeIn(c.code, at('component', k, 'code'), BCTQ_ITEM_CODES);
    answers[id] = c.dataAbsentReason === undefined ? c.valueInteger : null;
  });
  const fields = {
    id: diaryId(resource, path),
    takenAt: resource.effectiveDateTime,
    answers,
  };
  return parsedAt(paths, () => parseBctqRecord(fields, path));
}

function answerCodes(answers: unknown[], path: Path, system: string): { code: string; path: Path }[] {
  return answers.map((answer, k) => ({
    code: codeIn({ coding: [object(answer, [...path, k]).valueCoding] }, [...path, k, 'valueCoding'], system),
    path: [...path, k, 'valueCoding'],
  }));
}

function answerOf(question: Question, item: Json, path: Path): AnswerValue {
  const unknown = list(item.extension, [...path, 'extension']).some(
    (e) => isRecord(e) && e.url === EXTENSIONS.dataAbsentReason && e.valueCode === ASKED_UNKNOWN.code,
  );
  if (unknown) return 'unknown';
  const at: Path = [...path, 'answer'];
  const answers = list(item.answer, at);
  const first = () => object(answers[0], [...at, 0]);
  switch (question.kind) {
    case 'yesno':
    case 'selfTest': {
      const value = first().valueBoolean;
      if (typeof value !== 'boolean') fail([...at, 0, 'valueBoolean'], words('error.type.boolean'), value);
      return value ? 'present' : 'absent';
    }
    case 'number':
      return first().valueDecimal as AnswerValue;
    case 'choice': {
      const [answer] = answerCodes(answers.slice(0, 1), at, ANSWER_CODES);
      const prefix = `${question.id}.`;
      if (answer === undefined || !answer.code.startsWith(prefix)) {
        const expected = words('error.expected.fhirChoice', { question: question.id, system: ANSWER_CODES });
        fail([...at, 0, 'valueCoding'], expected, answers[0]);
      }
      return answer.code.slice(prefix.length);
    }
    case 'handMap':
      return handMapFromCodes(answerCodes(answers, at, HAND_MAP_CODES));
    case 'checklist': {
      const byState = answers.some((a) => isRecord(a) && a.modifierExtension !== undefined);
      if (!byState) {
        const codes = answers.map((answer, k) => {
          const coding = object(object(answer, [...at, k]).valueCoding, [...at, k, 'valueCoding']);
          return coding.system === NUMBCHECK_CODES && coding.code === LOCAL.noneOfThese.code
            ? null
            : codeIn({ coding: [coding] }, [...at, k, 'valueCoding'], FINDING_CODES);
        });
        return codes.filter((code) => code !== null);
      }
      const states: Record<string, string> = {};
      answers.forEach((answer, k) => {
        const a = object(answer, [...at, k]);
        const [code] = answerCodes([a], [...at], FINDING_CODES).map((c) => c.code);
        const state = list(a.modifierExtension, [...at, k, 'modifierExtension']).find(
          (e) => isRecord(e) && e.url === EXTENSIONS.findingState,
        );
        states[code ?? ''] = String(isRecord(state) ? state.valueCode : undefined);
      });
      return states as AnswerValue;
    }
  }
}

function assessmentFrom(resource: Json, path: Path, knowledge: Knowledge): SavedAssessment {
  const at = (...rest: Path): Path => [...path, ...rest];
  const answers: Answers = {};
  const paths: Record<string, Path> = {
    id: at('identifier'),
    takenAt: at('authored'),
    utcOffsetMinutes: at('authored'),
    answers: at('item'),
  };
  list(resource.item, at('item')).forEach((entry, k) => {
    const item = object(entry, at('item', k));
    const question = knowledge.questions.find((q) => q.id === item.linkId);
    if (question === undefined)
      fail(at('item', k, 'linkId'), words('error.expected.fhirLinkId'), item.linkId);
    answers[question.id] = answerOf(question, item, at('item', k));
    paths[`answers.${question.id}`] = at('item', k);
  });
  const extensions = list(resource.extension, at('extension'));
  const index = extensions.findIndex((e) => isRecord(e) && e.url === EXTENSIONS.assessmentResult);
  const where = index < 0 ? at('extension') : at('extension', index, 'valueString');
  const text = index < 0 ? undefined : object(extensions[index], at('extension', index)).valueString;
  let assessment: unknown;
  try {
    assessment = JSON.parse(String(text));
  } catch {
    fail(where, words('error.expected.fhirAssessment', { url: EXTENSIONS.assessmentResult }), text);
  }
  paths.assessment = where;
  const fields = { id: diaryId(resource, path), takenAt: resource.authored, answers, assessment };
  return parsedAt(paths, () => parseSavedAssessment(fields, path, knowledge));
}

/** True when `input` looks like a FHIR Bundle, so that an import reads it as one. */
export function isFhirBundle(input: unknown): boolean {
  return isRecord(input) && input.resourceType === 'Bundle';
}

/** A Bundle numbcheck wrote, read back into the diary document it was made from. */
export function diaryFromFhir(input: unknown, knowledge: Knowledge = defaultKnowledge): DiaryDocument {
  const bundle = object(input, []);
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection') {
    fail(['type'], words('error.expected.fhirBundle'), bundle.type);
  }
  const resources = list(bundle.entry, ['entry']).map((entry, i) => ({
    resource: object(object(entry, ['entry', i]).resource, ['entry', i, 'resource']),
    path: ['entry', i, 'resource'] as Path,
  }));
  const isObservation = (r: Json, concept: { system: string; code: string }) =>
    r.resourceType === 'Observation' && hasCoding(r.code, concept.system, concept.code);
  // Exposure periods first, so that an episode's link to one can be read as the period's diary id.
  const exposureIds = new Map<string, unknown>();
  for (const { resource, path } of resources) {
    if (isObservation(resource, LOCAL.exposure))
      exposureIds.set(`Observation/${resource.id}`, diaryId(resource, path));
  }
  const doc: DiaryDocument = {
    format: DIARY_FORMAT,
    version: DIARY_FORMAT_VERSION,
    episodes: [],
    exposures: [],
    assessments: [],
    bctq: [],
  };
  for (const { resource, path } of resources) {
    const type = resource.resourceType;
    if (type === 'Composition' || type === 'Patient') continue;
    if (type === 'QuestionnaireResponse') {
      doc.assessments.push(assessmentFrom(resource, path, knowledge));
    } else if (isObservation(resource, NUMBNESS)) {
      doc.episodes.push(episodeFrom(resource, path, exposureIds, knowledge));
    } else if (isObservation(resource, LOCAL.exposure)) {
      doc.exposures.push(exposureFrom(resource, path));
    } else if (isObservation(resource, LOCAL.bctq)) {
      doc.bctq.push(bctqFrom(resource, path));
    } else if (type === 'Observation') {
      const codes = anyOf([LOCAL.exposure.code, LOCAL.bctq.code]);
      fail(
        [...path, 'code'],
        words('error.expected.fhirObservation', { codes, system: NUMBCHECK_CODES }),
        resource.code,
      );
    } else {
      fail([...path, 'resourceType'], words('error.expected.fhirResource'), type);
    }
  }
  return doc;
}
