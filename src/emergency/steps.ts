import type { Advice, EmergencyKind, Knowledge } from '../knowledge/schema.ts';

/**
 * What an emergency calls for, kind by kind: the engine's plan, the web's emergency page and the terminal report all
 * read it from here, so that they show the same steps. Types only are imported: the web's start page carries this
 * module, and must not carry the engine or the knowledge with it.
 */

/** A reason the assessment gives for its level, as the engine gives it (`TriageReason`); read by its words. */
export interface Reason {
  text: string;
}

/** What of the knowledge the emergency steps are chosen from. */
export type EmergencyFacts = Pick<Knowledge, 'rules' | 'causes' | 'emergencyKinds'> & {
  levels: Pick<Knowledge['levels'], 'emergency'>;
};

/** The steps for one kind of emergency, or the emergency level's general steps (`kind` null). */
export interface EmergencyPart<R extends Reason = Reason> {
  kind: EmergencyKind | null;
  /** The reasons of the assessment that called for it (none for the page without an assessment). */
  reasons: R[];
  now: readonly Advice[];
  tell: readonly Advice[];
  wait: readonly Advice[];
}

/** The parts for kinds shown whatever the answers (the page without an assessment). */
export function kindParts<R extends Reason = Reason>(kinds: readonly EmergencyKind[]): EmergencyPart<R>[] {
  return kinds.map((kind) => ({ kind, reasons: [], now: kind.now, tell: kind.tell, wait: kind.wait }));
}

/**
 * The parts an emergency's reasons call for: one for each kind whose rule or cause gave a reason, in the
 * knowledge's order of kinds, then the general steps for emergency reasons of no kind (with those rules' own steps).
 * The general steps are also the part when no reason is recognised, so that no emergency is left without steps.
 * Reasons are recognised by their words, as the assessment gives them (`otherReasons` does the same); `others` are
 * the reasons that are no emergency rule's or cause's, such as the danger signs answered "don't know".
 * Each part's `reasons` are those of its kind's rules, or of its causes when no rule gave one.
 */
export function emergencyParts<R extends Reason>(
  reasons: readonly R[],
  knowledge: EmergencyFacts,
): { parts: EmergencyPart<R>[]; others: R[] } {
  const byKind = new Map<EmergencyKind, { rules: R[]; causes: R[] }>();
  const generic: R[] = [];
  const genericNow: Advice[] = [];
  const others: R[] = [];
  const kindOf = (test: (kind: EmergencyKind) => boolean): EmergencyKind | undefined =>
    knowledge.emergencyKinds.find(test);
  for (const reason of reasons) {
    const rule = knowledge.rules.find((r) => r.level === 'emergency' && r.text === reason.text);
    const cause = rule
      ? undefined
      : knowledge.causes.find((c) =>
          c.urgency.some((u) => u.level === 'emergency' && u.text === reason.text),
        );
    if (!rule && !cause) {
      others.push(reason);
      continue;
    }
    const kind = rule
      ? kindOf((k) => k.rules.includes(rule.id))
      : kindOf((k) => (cause ? k.causes.includes(cause.id) : false));
    if (kind) {
      const fired = byKind.get(kind) ?? { rules: [], causes: [] };
      (rule ? fired.rules : fired.causes).push(reason);
      byKind.set(kind, fired);
    } else {
      generic.push(reason);
      genericNow.push(...(rule?.now ?? []));
    }
  }
  const parts = knowledge.emergencyKinds.flatMap((kind): EmergencyPart<R>[] => {
    const fired = byKind.get(kind);
    if (!fired) return [];
    // A cause's reason says what its kind's rule says, less precisely ("Your answers could fit a stroke"): it is
    // given only when no rule of the kind gave one.
    const reasons = fired.rules.length > 0 ? fired.rules : fired.causes;
    return [{ kind, reasons, now: kind.now, tell: kind.tell, wait: kind.wait }];
  });
  if (generic.length > 0 || parts.length === 0) {
    const level = knowledge.levels.emergency;
    parts.push({
      kind: null,
      reasons: generic,
      now: unique([...(level?.now ?? []), ...genericNow]),
      tell: [],
      wait: [],
    });
  }
  return { parts, others };
}

/** Steps without repeats: a step is the same as another with its id or its words. */
function unique(steps: readonly Advice[], seen = new Set<string>()): Advice[] {
  return steps.filter((step) => {
    if (seen.has(step.id) || seen.has(step.text)) return false;
    seen.add(step.id);
    seen.add(step.text);
    return true;
  });
}

/**
 * The parts as a page shows them, with no step twice: the steps that two or more parts share (calling now, not
 * driving) come once, first, as `shared`; each part keeps the rest of its own. With one part nothing is shared.
 */
export function shareSteps<R extends Reason>(
  parts: readonly EmergencyPart<R>[],
): {
  shared: Advice[];
  parts: EmergencyPart<R>[];
} {
  const count = new Map<string, number>();
  for (const part of parts)
    for (const step of unique([...part.now, ...part.tell, ...part.wait]))
      count.set(step.id, (count.get(step.id) ?? 0) + 1);
  const seen = new Set<string>();
  const shared =
    parts.length > 1
      ? unique(
          parts.flatMap((part) => [...part.now, ...part.tell, ...part.wait]),
          new Set<string>(),
        ).filter((step) => (count.get(step.id) ?? 0) > 1)
      : [];
  unique(shared, seen);
  return {
    shared,
    parts: parts.map((part) => ({
      ...part,
      now: unique(part.now, seen),
      tell: unique(part.tell, seen),
      wait: unique(part.wait, seen),
    })),
  };
}

/** Every step of the parts once, in order: the plan's `now` for an emergency. */
export function emergencySteps(parts: readonly EmergencyPart[]): Advice[] {
  return unique(parts.flatMap((part) => [...part.now, ...part.tell, ...part.wait]));
}
