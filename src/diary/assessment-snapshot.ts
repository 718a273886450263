import type {
  Assessment,
  Contribution,
  Instruments,
  Plan,
  PlanItem,
  RankedCause,
  TriageReason,
} from '../engine/index.ts';
import {
  CAUSE_IDS,
  type CauseId,
  type Question,
  TRIAGE_LEVELS,
  type TriageLevel,
} from '../knowledge/index.ts';
import { bad, checkText, isRecord, LIMITS, type Path, tooMany } from './validate.ts';

/**
 * Reads back an assessment saved in the diary (an import, a stored row): the shape of `Assessment`, checked field by
 * field, so that a damaged document is refused with the path of the bad value rather than stored. The assessment is
 * kept as it was made, not recomputed: it records what numbcheck said then, with the knowledge version of the time.
 */
export function parseAssessmentSnapshot(value: unknown, path: Path): Assessment {
  const a = record(value, path, 'an assessment');
  const at = (key: string): Path => [...path, key];
  const triage = record(a.triage, at('triage'), 'an object with level and reasons');
  const plan = record(a.plan, at('plan'), 'an object with now, tests, specialists, selfCare and prevention');
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

function record(value: unknown, path: Path, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw bad(path, what, value, 'NUMB_BAD_IMPORT');
  return value;
}

function text(value: unknown, path: Path): string {
  if (typeof value !== 'string') throw bad(path, 'text', value, 'NUMB_BAD_IMPORT');
  return checkText(value, path, LIMITS.assessmentText, 'NUMB_BAD_IMPORT');
}

function num(value: unknown, path: Path): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw bad(path, 'a number', value, 'NUMB_BAD_IMPORT');
  return value;
}

function list<T>(value: unknown, path: Path, item: (value: unknown, path: Path) => T): T[] {
  if (!Array.isArray(value)) throw bad(path, 'a list', value, 'NUMB_BAD_IMPORT');
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
  if (found === undefined) throw bad(path, `one of ${TRIAGE_LEVELS.join(', ')}`, value, 'NUMB_BAD_IMPORT');
  return found;
}

function causeId(value: unknown, path: Path): CauseId {
  const found = CAUSE_IDS.find((id) => id === value);
  if (found === undefined) throw bad(path, 'a cause id', value, 'NUMB_BAD_IMPORT');
  return found;
}

function reason(value: unknown, path: Path): TriageReason {
  const r = record(value, path, 'a reason');
  return {
    text: text(r.text, [...path, 'text']),
    findings: strings(r.findings, [...path, 'findings']),
    sources: strings(r.sources, [...path, 'sources']),
  };
}

function contribution(value: unknown, path: Path): Contribution {
  const c = record(value, path, 'a contribution');
  return {
    finding: text(c.finding, [...path, 'finding']),
    text: text(c.text, [...path, 'text']),
    weight: num(c.weight, [...path, 'weight']),
  };
}

function cause(value: unknown, path: Path): RankedCause {
  const c = record(value, path, 'a ranked cause');
  const why = record(c.why, [...path, 'why'], 'an object with for and against');
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
  const p = record(value, path, 'a plan item');
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
  const i = record(value, path, 'an object with katz and cts6');
  let katz: Instruments['katz'] = null;
  if (i.katz !== null) {
    const k = record(i.katz, [...path, 'katz'], 'null or an object with rating and hand');
    const rating = KATZ.find((r) => r === k.rating);
    if (rating === undefined)
      throw bad([...path, 'katz', 'rating'], KATZ.join(', '), k.rating, 'NUMB_BAD_IMPORT');
    if (k.hand !== 'left' && k.hand !== 'right') {
      throw bad([...path, 'katz', 'hand'], 'left or right', k.hand, 'NUMB_BAD_IMPORT');
    }
    katz = { rating, hand: k.hand };
  }
  let cts6: Instruments['cts6'] = null;
  if (i.cts6 !== null) {
    const c = record(i.cts6, [...path, 'cts6'], 'null or an object with score, max and items');
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
  const q = record(value, path, 'a question or null');
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
          const o = record(option, p, 'an option');
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
          const b = record(band, p, 'a band');
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
      throw bad(at('kind'), 'a question kind', q.kind, 'NUMB_BAD_IMPORT');
  }
}

function flag(value: unknown, path: Path): boolean {
  if (typeof value !== 'boolean') throw bad(path, 'true or false', value, 'NUMB_BAD_IMPORT');
  return value;
}
