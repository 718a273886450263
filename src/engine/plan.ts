import type { Advice, CauseId, Knowledge, TriageLevel } from '../knowledge/schema.ts';
import type { Plan, PlanItem, RankedCause } from './types.ts';

/** A cause's tests and advice join the plan when it is at least this likely... */
const PLAN_PROBABILITY = 0.25;
/** ...and at most this many causes shape the plan, so that it stays short enough to follow. */
const PLAN_CAUSES = 3;

/** Adds an item, or the cause to an item already there, keeping the order in which items first appear. */
function add(items: Map<string, PlanItem>, item: PlanItem, cause: CauseId): void {
  const existing = items.get(item.id);
  if (existing) {
    if (!existing.forCauses?.includes(cause)) existing.forCauses = [...(existing.forCauses ?? []), cause];
    return;
  }
  items.set(item.id, { ...item, forCauses: [cause] });
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
 * What to do: the level's immediate steps, then the tests, specialists, self-care and prevention of the causes that
 * are likely enough to matter. An emergency plan carries no self-care: nothing should delay the call.
 */
export function buildPlan(knowledge: Knowledge, level: TriageLevel, causes: RankedCause[]): Plan {
  const guidance = knowledge.levels.find((l) => l.level === level);
  const leading = causes.filter((c, i) => i < PLAN_CAUSES && (c.probability >= PLAN_PROBABILITY || i === 0));
  const tests = new Map<string, PlanItem>();
  const specialists = new Map<string, PlanItem>();
  const selfCare = new Map<string, PlanItem>();
  const prevention = new Map<string, PlanItem>();
  for (const ranked of leading) {
    const cause = knowledge.causes.find((c) => c.id === ranked.id);
    if (!cause) continue;
    for (const id of cause.tests) {
      const test = knowledge.tests.find((t) => t.id === id);
      if (test) add(tests, { id, text: `${test.name}: ${test.purpose}`, sources: test.sources }, cause.id);
    }
    for (const id of cause.specialists) {
      const specialist = knowledge.specialists.find((s) => s.id === id);
      if (specialist) add(specialists, { id, text: specialist.name, sources: specialist.sources }, cause.id);
    }
    if (level === 'emergency') continue;
    for (const advice of cause.selfCare) add(selfCare, adviceItem(advice), cause.id);
    for (const advice of cause.prevention) add(prevention, adviceItem(advice), cause.id);
  }
  return {
    now: (guidance?.now ?? []).map(adviceItem),
    tests: [...tests.values()],
    specialists: [...specialists.values()],
    selfCare: [...selfCare.values()],
    prevention: [...prevention.values()],
  };
}
