import type {
  Assessment,
  Contribution,
  Instruments,
  Plan,
  PlanItem,
  RankedCause,
  TriageReason,
} from '../engine/index.ts';
import { allOf, anyOf, bad, type Path, words } from '../errors.ts';
import {
  CAUSE_IDS,
  type CauseId,
  type Question,
  TRIAGE_LEVELS,
  type TriageLevel,
} from '../knowledge/index.ts';
import { checkText, isRecord, LIMITS, tooMany } from './validate.ts';

/**
 * Reads back an assessment saved in the diary (an import, a stored row): the shape of `Assessment`, checked field by
 * field, so that a damaged document is refused with the path of the bad value rather than stored. The assessment is
 * kept as it was made, not recomputed: it records what numbcheck said then, with the knowledge version of the time.
 */
export function parseAssessmentSnapshot(value: unknown, path: Path): Assessment {
  const a = record(value, path);
  const at = (key: string): Path => [...path, key];
  const triage = record(a.triage, at('triage'), ['level', 'reasons']);
  const plan = record(a.plan, at('plan'), ['now', 'tests', 'specialists', 'selfCare', 'prevention']);
  return {
    knowledgeVersion: text(a.knowledgeVersion, at('knowledgeVersion')),
    notice: text(a.notice, at('notice')),
    triage: {
      level: level(triage.level, [...path, 'triage', 'level']),
      reasons: list(triage.reasons, [...path, 'triage', 'reasons'], reason),
    },
    causes: list(a.causes, at('causes'), cause),
    next: a.next === null ? null : question(a.next, at('next')),
    plan: planOf(plan, at('plan')),
    unscreened: strings(a.unscreened, at('unscreened')),
    // Assessments saved before numbcheck told "don't know" apart from "not asked" have no `unsure`.
    unsure: a.unsure === undefined ? [] : strings(a.unsure, at('unsure')),
    instruments: instruments(a.instruments, at('instruments')),
  };
}

/** An object; `fields`, when given, are named in the error as the ones it should have. */
function record(value: unknown, path: Path, fields?: readonly string[]): Record<string, unknown> {
  if (isRecord(value)) return value;
  const expected = fields
    ? words('error.expected.objectWith', { fields: allOf(fields) })
    : words('error.type.object');
  throw bad('NUMB_BAD_IMPORT', path, expected, value);
}

function text(value: unknown, path: Path): string {
  if (typeof value !== 'string') throw bad('NUMB_BAD_IMPORT', path, words('error.type.text'), value);
  return checkText(value, path, LIMITS.assessmentText, 'NUMB_BAD_IMPORT');
}

function num(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw bad('NUMB_BAD_IMPORT', path, words('error.type.number'), value);
  return value;
}

function list<T>(value: unknown, path: Path, item: (value: unknown, path: Path) => T): T[] {
  if (!Array.isArray(value)) throw bad('NUMB_BAD_IMPORT', path, words('error.type.array'), value);
  if (value.length > LIMITS.assessmentListItems) {
    throw tooMany(path, LIMITS.assessmentListItems, value.length, 'NUMB_BAD_IMPORT');
  }
  return value.map((entry, i) => item(entry, [...path, i]));
}

function strings(value: unknown, path: Path): string[] {
  return list(value, path, text);
}

function optionalStrings(value: unknown, path: Path): string[] | undefined {
  return value === undefined ? undefined : strings(value, path);
}

function level(value: unknown, path: Path): TriageLevel {
  const found = TRIAGE_LEVELS.find((l) => l === value);
  if (found === undefined)
    throw bad(
      'NUMB_BAD_IMPORT',
      path,
      words('error.expected.oneOf', { choices: anyOf(TRIAGE_LEVELS) }),
      value,
    );
  return found;
}

function causeId(value: unknown, path: Path): CauseId {
  const found = CAUSE_IDS.find((id) => id === value);
  if (found === undefined) throw bad('NUMB_BAD_IMPORT', path, words('error.expected.causeId'), value);
  return found;
}

function reason(value: unknown, path: Path): TriageReason {
  const r = record(value, path);
  return {
    text: text(r.text, [...path, 'text']),
    findings: strings(r.findings, [...path, 'findings']),
    sources: strings(r.sources, [...path, 'sources']),
  };
}

function contribution(value: unknown, path: Path): Contribution {
  const c = record(value, path);
  return {
    finding: text(c.finding, [...path, 'finding']),
    text: text(c.text, [...path, 'text']),
    weight: num(c.weight, [...path, 'weight']),
  };
}

function cause(value: unknown, path: Path): RankedCause {
  const c = record(value, path);
  const why = record(c.why, [...path, 'why'], ['for', 'against']);
  return {
    id: causeId(c.id, [...path, 'id']),
    name: text(c.name, [...path, 'name']),
    probability: num(c.probability, [...path, 'probability']),
    why: {
      for: list(why.for, [...path, 'why', 'for'], contribution),
      against: list(why.against, [...path, 'why', 'against'], contribution),
    },
    sources: strings(c.sources, [...path, 'sources']),
  };
}

function planItem(value: unknown, path: Path): PlanItem {
  const p = record(value, path);
  const item: PlanItem = {
    id: text(p.id, [...path, 'id']),
    text: text(p.text, [...path, 'text']),
    sources: strings(p.sources, [...path, 'sources']),
  };
  const exercises = optionalStrings(p.exercises, [...path, 'exercises']);
  if (exercises !== undefined) item.exercises = exercises;
  if (p.forCauses !== undefined) item.forCauses = list(p.forCauses, [...path, 'forCauses'], causeId);
  return item;
}

function planOf(plan: Record<string, unknown>, path: Path): Plan {
  return {
    now: list(plan.now, [...path, 'now'], planItem),
    tests: list(plan.tests, [...path, 'tests'], planItem),
    specialists: list(plan.specialists, [...path, 'specialists'], planItem),
    selfCare: list(plan.selfCare, [...path, 'selfCare'], planItem),
    prevention: list(plan.prevention, [...path, 'prevention'], planItem),
  };
}

const KATZ = ['classic', 'probable', 'possible', 'unlikely'] as const;

function instruments(value: unknown, path: Path): Instruments {
  const i = record(value, path, ['katz', 'cts6']);
  let katz: Instruments['katz'] = null;
  if (i.katz !== null) {
    const k = record(i.katz, [...path, 'katz'], ['rating', 'hand']);
    const rating = KATZ.find((r) => r === k.rating);
    if (rating === undefined)
      throw bad('NUMB_BAD_IMPORT', [...path, 'katz', 'rating'], anyOf(KATZ), k.rating);
    if (k.hand !== 'left' && k.hand !== 'right') {
      throw bad('NUMB_BAD_IMPORT', [...path, 'katz', 'hand'], anyOf(['left', 'right']), k.hand);
    }
    katz = { rating, hand: k.hand };
  }
  let cts6: Instruments['cts6'] = null;
  if (i.cts6 !== null) {
    const c = record(i.cts6, [...path, 'cts6'], ['score', 'max', 'items']);
    cts6 = {
      score: num(c.score, [...path, 'cts6', 'score']),
      max: num(c.max, [...path, 'cts6', 'max']),
      items: strings(c.items, [...path, 'cts6', 'items']),
    };
  }
  return { katz, cts6 };
}

/** The question an assessment suggested next, rebuilt field by field for its kind. */
function question(value: unknown, path: Path): Question {
  const q = record(value, path);
  const at = (key: string): Path => [...path, key];
  const base: { id: string; text: string; help?: string; dangerScreen?: boolean; optional?: boolean } = {
    id: text(q.id, at('id')),
    text: text(q.text, at('text')),
  };
  if (q.help !== undefined) base.help = text(q.help, at('help'));
  if (q.dangerScreen !== undefined) base.dangerScreen = flag(q.dangerScreen, at('dangerScreen'));
  if (q.optional !== undefined) base.optional = flag(q.optional, at('optional'));
  switch (q.kind) {
    case 'yesno':
      return { ...base, kind: 'yesno', finding: text(q.finding, at('finding')) };
    case 'checklist':
      return { ...base, kind: 'checklist', findings: strings(q.findings, at('findings')) };
    case 'choice':
      return {
        ...base,
        kind: 'choice',
        options: list(q.options, at('options'), (option, p) => {
          const o = record(option, p);
          return {
            value: text(o.value, [...p, 'value']),
            label: text(o.label, [...p, 'label']),
            present: strings(o.present, [...p, 'present']),
          };
        }),
      };
    case 'number':
      return {
        ...base,
        kind: 'number',
        unit: text(q.unit, at('unit')),
        min: num(q.min, at('min')),
        max: num(q.max, at('max')),
        bands: list(q.bands, at('bands'), (band, p) => {
          const b = record(band, p);
          const out: { finding: string; min?: number; max?: number } = {
            finding: text(b.finding, [...p, 'finding']),
          };
          if (b.min !== undefined) out.min = num(b.min, [...p, 'min']);
          if (b.max !== undefined) out.max = num(b.max, [...p, 'max']);
          return out;
        }),
      };
    case 'handMap':
      return { ...base, kind: 'handMap' };
    case 'selfTest':
      return {
        ...base,
        kind: 'selfTest',
        finding: text(q.finding, at('finding')),
        steps: strings(q.steps, at('steps')),
        seconds: num(q.seconds, at('seconds')),
        sources: strings(q.sources, at('sources')),
      };
    default:
      throw bad('NUMB_BAD_IMPORT', at('kind'), words('error.expected.questionKind'), q.kind);
  }
}

function flag(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') throw bad('NUMB_BAD_IMPORT', path, words('error.type.boolean'), value);
  return value;
}
