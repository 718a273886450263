import { emergencyParts, emergencySteps } from '../emergency/index.ts';
import type { Advice, CauseId, TriageLevel, TriageRule } from '../knowledge/schema.ts';
import type { Model } from './model.ts';
import type { Plan, PlanItem, RankedCause, TriageReason } from './types.ts';

/** A cause's tests and advice join the plan when it is at least this likely... */
const PLAN_PROBABILITY = 0.25;
/** ...and at most this many causes shape the plan, so that it stays short enough to follow. */
const PLAN_CAUSES = 3;

/** Adds an item, or the cause to an item already there, keeping the order in which items first appear. */
function add(items: Map<string, PlanItem>, item: PlanItem, cause?: CauseId): void {
  const existing = items.get(item.id);
  if (existing) {
    if (cause && !existing.forCauses?.includes(cause))
      existing.forCauses = [...(existing.forCauses ?? []), cause];
    return;
  }
  items.set(item.id, cause ? { ...item, forCauses: [cause] } : { ...item });
}

function adviceItem(advice: Advice): PlanItem {
  return {
    id: advice.id,
    text: advice.text,
    sources: advice.sources,
    ...(advice.exercises ? { exercises: advice.exercises } : {}),
  };
}

/**
 * What to do. `now` is the level's immediate steps, then the steps particular to each sign that fired; for an
 * emergency, the steps of each kind of emergency the reasons name (emergency.ts), which stand in for the level's
 * (do not warm a hand without blood; keep the neck still), and the level's for an emergency of no kind. Tests, specialists, self-care and prevention come from the
 * causes the fired rules point to, however unlikely the ranking makes them, and then from the causes likely enough
 * to matter. An emergency plan carries no self-care: nothing should delay the call. A sign that makes ordinary
 * self-care unsafe (`withholdsSelfCare`) leaves only its own causes' advice.
 */
export function buildPlan(
  model: Model,
  level: TriageLevel,
  causes: RankedCause[],
  fired: TriageRule[],
  reasons: readonly TriageReason[],
): Plan {
  const guidance = model.knowledge.levels[level];
  const signCauses = new Set(fired.flatMap((rule) => rule.causes ?? []));
  const leading = causes
    .filter((c, i) => i < PLAN_CAUSES && (c.probability >= PLAN_PROBABILITY || i === 0))
    .map((c) => c.id);
  const withheld = fired.some((rule) => rule.withholdsSelfCare);
  const now = new Map<string, PlanItem>();
  const tests = new Map<string, PlanItem>();
  const specialists = new Map<string, PlanItem>();
  const selfCare = new Map<string, PlanItem>();
  const prevention = new Map<string, PlanItem>();
  if (level === 'emergency') {
    for (const advice of emergencySteps(emergencyParts(reasons, model.knowledge).parts))
      add(now, adviceItem(advice));
  } else {
    for (const advice of guidance?.now ?? []) add(now, adviceItem(advice));
    for (const rule of fired) for (const advice of rule.now ?? []) add(now, adviceItem(advice));
  }
  for (const id of new Set([...signCauses, ...leading])) {
    const cause = model.causeById.get(id);
    if (!cause) continue;
    for (const testId of cause.tests) {
      const test = model.testById.get(testId);
      if (test) add(tests, { id: testId, text: `${test.name}: ${test.purpose}`, sources: test.sources }, id);
    }
    for (const specialistId of cause.specialists) {
      const specialist = model.specialistById.get(specialistId);
      if (specialist)
        add(specialists, { id: specialistId, text: specialist.name, sources: specialist.sources }, id);
    }
    if (level === 'emergency' || (withheld && !signCauses.has(id))) continue;
    for (const advice of cause.selfCare) add(selfCare, adviceItem(advice), id);
    // Prevention is for later; while a withholding sign stands, the doctor who sees it advises on it.
    if (!withheld) for (const advice of cause.prevention) add(prevention, adviceItem(advice), id);
  }
  return {
    now: [...now.values()],
    tests: [...tests.values()],
    specialists: [...specialists.values()],
    selfCare: [...selfCare.values()],
    prevention: [...prevention.values()],
  };
}
