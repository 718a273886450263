import type { EmergencyKind, Knowledge, RuleCondition, SourceId } from '../knowledge/schema.ts';
import { CAUSE_IDS, EMERGENCY_KIND_IDS, TRIAGE_LEVELS } from '../knowledge/schema.ts';
import { HAND_MAP_FINDINGS } from './hand-map.ts';

/** One thing wrong with the knowledge: where (`causes.carpal_tunnel.likelihoods.foo`) and what. */
export interface KnowledgeProblem {
  path: string;
  message: string;
}

function conditionFindings(condition: RuleCondition): readonly string[] {
  if ('finding' in condition) return [condition.finding];
  if ('allOf' in condition) return condition.allOf.flatMap(conditionFindings);
  if ('anyOf' in condition) return condition.anyOf.flatMap(conditionFindings);
  return condition.of;
}

/** Whether a condition holds with this one finding present and nothing else. */
function firesAlone(condition: RuleCondition, finding: string): boolean {
  if ('finding' in condition) return condition.finding === finding;
  if ('allOf' in condition) return condition.allOf.every((c) => firesAlone(c, finding));
  if ('anyOf' in condition) return condition.anyOf.some((c) => firesAlone(c, finding));
  return condition.atLeast <= 1 && condition.of.includes(finding);
}

const isProbability = (p: number): boolean => Number.isFinite(p) && p > 0 && p < 1;

/**
 * Checks the knowledge as a whole: ids unique and known, every cause of the contract present and reachable, every
 * finding both set by a question and used by a cause or rule, every number a probability, and every cause, rule,
 * test and piece of advice sourced from a listed source. Returns the problems; none means valid.
 */
export function checkKnowledge(knowledge: Knowledge): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const problem = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  const unique = (kind: string, ids: readonly string[]): Set<string> => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problem(`${kind}.${id}`, `duplicate ${kind} id`);
      seen.add(id);
    }
    return seen;
  };
  const sourceIds = unique(
    'sources',
    knowledge.sources.map((s) => s.id),
  );
  const findingIds = unique(
    'findings',
    knowledge.findings.map((f) => f.id),
  );
  unique(
    'questions',
    knowledge.questions.map((q) => q.id),
  );
  unique(
    'rules',
    knowledge.rules.map((r) => r.id),
  );
  const testIds = unique(
    'tests',
    knowledge.tests.map((t) => t.id),
  );
  const specialistIds = unique(
    'specialists',
    knowledge.specialists.map((s) => s.id),
  );
  const exerciseIds = unique(
    'exercises',
    knowledge.exercises.map((e) => e.id),
  );

  const cited = (path: string, sources: readonly SourceId[]): void => {
    if (sources.length === 0) problem(path, 'cites no source');
    for (const id of sources) if (!sourceIds.has(id)) problem(path, `cites unknown source "${id}"`);
  };
  const knownFinding = (path: string, id: string): void => {
    if (!findingIds.has(id)) problem(path, `refers to unknown finding "${id}"`);
  };

  for (const f of knowledge.findings) {
    if (!isProbability(f.baseRate))
      problem(`findings.${f.id}.baseRate`, `must be between 0 and 1, got ${f.baseRate}`);
    cited(`findings.${f.id}.baseRateSources`, f.baseRateSources);
  }

  // Which findings questions can set, and which of them the danger screen asks.
  const settable = new Set<string>();
  const screened = new Set<string>();
  for (const q of knowledge.questions) {
    const set: string[] = [];
    if (q.kind === 'yesno' || q.kind === 'selfTest') set.push(q.finding);
    if (q.kind === 'checklist') set.push(...q.findings);
    if (q.kind === 'choice') set.push(...q.options.flatMap((o) => o.present));
    if (q.kind === 'number') set.push(...q.bands.map((b) => b.finding));
    if (q.kind === 'handMap') set.push(...HAND_MAP_FINDINGS);
    if (q.kind === 'selfTest') cited(`questions.${q.id}`, q.sources);
    for (const id of set) {
      knownFinding(`questions.${q.id}`, id);
      settable.add(id);
      if (q.dangerScreen) screened.add(id);
    }
  }

  const used = new Set<string>();
  const causeIds = new Set<string>();
  for (const cause of knowledge.causes) {
    const path = `causes.${cause.id}`;
    if (causeIds.has(cause.id)) problem(path, 'duplicate cause id');
    causeIds.add(cause.id);
    if (!isProbability(cause.prior)) problem(`${path}.prior`, `must be between 0 and 1, got ${cause.prior}`);
    cited(path, cause.sources);
    let raisedByAnswer = false;
    for (const [id, l] of Object.entries(cause.likelihoods)) {
      const at = `${path}.likelihoods.${id}`;
      knownFinding(at, id);
      used.add(id);
      cited(at, l.sources);
      if (!isProbability(l.ifCause)) problem(`${at}.ifCause`, `must be between 0 and 1, got ${l.ifCause}`);
      if (l.ifNot !== undefined && !isProbability(l.ifNot)) {
        problem(`${at}.ifNot`, `must be between 0 and 1, got ${l.ifNot}`);
      }
      const base = l.ifNot ?? knowledge.findings.find((f) => f.id === id)?.baseRate ?? 1;
      if (settable.has(id) && l.ifCause > base) raisedByAnswer = true;
    }
    if (!raisedByAnswer) problem(path, 'no answer can raise this cause: it is unreachable');
    cause.urgency.forEach((u, i) => {
      if (!isProbability(u.threshold)) problem(`${path}.urgency.${i}`, `threshold must be between 0 and 1`);
      cited(`${path}.urgency.${i}`, u.sources);
    });
    for (const id of cause.tests) if (!testIds.has(id)) problem(`${path}.tests`, `unknown test "${id}"`);
    for (const id of cause.specialists) {
      if (!specialistIds.has(id)) problem(`${path}.specialists`, `unknown specialist "${id}"`);
    }
    for (const [kind, list] of [
      ['selfCare', cause.selfCare],
      ['prevention', cause.prevention],
    ] as const) {
      for (const advice of list) {
        cited(`${path}.${kind}.${advice.id}`, advice.sources);
        for (const e of advice.exercises ?? []) {
          if (!exerciseIds.has(e)) problem(`${path}.${kind}.${advice.id}`, `unknown exercise "${e}"`);
        }
      }
    }
  }
  for (const id of CAUSE_IDS)
    if (!causeIds.has(id)) problem(`causes.${id}`, 'cause of the contract is missing');

  for (const rule of knowledge.rules) {
    const path = `rules.${rule.id}`;
    cited(path, rule.sources);
    for (const id of conditionFindings(rule.when)) {
      knownFinding(path, id);
      used.add(id);
    }
    if ('atLeast' in rule.when && (rule.when.atLeast < 1 || rule.when.atLeast > rule.when.of.length)) {
      problem(path, `atLeast must be between 1 and ${rule.when.of.length}`);
    }
    for (const id of rule.causes ?? [])
      if (!causeIds.has(id)) problem(`${path}.causes`, `unknown cause "${id}"`);
    for (const advice of rule.now ?? []) cited(`${path}.now.${advice.id}`, advice.sources);
  }
  cited('unsure', knowledge.unsure.sources);

  // A danger sign answered "don't know" holds the level at `unsure.level`; answering it "yes" must never lower
  // that, so every danger sign, present on its own, has to fire a rule at least as urgent.
  const unsureIndex = TRIAGE_LEVELS.indexOf(knowledge.unsure.level);
  for (const f of knowledge.findings) {
    if (!f.danger) continue;
    const alone = knowledge.rules.filter((r) => firesAlone(r.when, f.id));
    if (!alone.some((r) => TRIAGE_LEVELS.indexOf(r.level) <= unsureIndex)) {
      problem(
        `findings.${f.id}`,
        `danger sign fires no rule at "${knowledge.unsure.level}" or above on its own, so answering it could lower the level of "don't know"`,
      );
    }
  }

  for (const f of knowledge.findings) {
    if (!settable.has(f.id)) problem(`findings.${f.id}`, 'no question sets this finding');
    if (!used.has(f.id)) problem(`findings.${f.id}`, 'no cause or rule uses this finding');
    if (f.danger && !screened.has(f.id))
      problem(`findings.${f.id}`, 'danger sign is not asked by the danger screen');
  }

  for (const test of knowledge.tests) cited(`tests.${test.id}`, test.sources);
  for (const s of knowledge.specialists) cited(`specialists.${s.id}`, s.sources);
  for (const e of knowledge.exercises) {
    cited(`exercises.${e.id}`, e.sources);
    if (e.steps.length === 0) problem(`exercises.${e.id}`, 'has no steps');
  }
  for (const level of TRIAGE_LEVELS) {
    const guidance = knowledge.levels[level];
    if (!guidance) problem(`levels.${level}`, 'no guidance for this triage level');
    for (const advice of guidance?.now ?? []) cited(`levels.${level}.${advice.id}`, advice.sources);
  }
  checkEmergencyKinds(knowledge, causeIds, cited, problem);
  if (!knowledge.notice.includes('not a diagnosis'))
    problem('notice', 'must say it is information, not a diagnosis');
  return problems;
}

/**
 * Every emergency has its steps on purpose: each emergency rule, and each cause with an emergency urgency, belongs
 * to exactly one kind or is listed among the generic emergencies; each kind has steps, all sourced, beginning with
 * the call; and a rule of a kind has no steps of its own, as its kind's are shown in their place.
 */
function checkEmergencyKinds(
  knowledge: Knowledge,
  causeIds: ReadonlySet<string>,
  cited: (path: string, sources: readonly SourceId[]) => void,
  problem: (path: string, message: string) => void,
): void {
  const callStep = knowledge.levels.emergency?.now[0]?.id;
  const kindIds = new Set<string>();
  for (const kind of knowledge.emergencyKinds) {
    const path = `emergencyKinds.${kind.id}`;
    if (kindIds.has(kind.id)) problem(path, 'duplicate emergency kind id');
    kindIds.add(kind.id);
    cited(`${path}.signs`, kind.signs.sources);
    if (kind.now.length === 0) problem(`${path}.now`, 'has no steps');
    else if (callStep !== undefined && kind.now[0]?.id !== callStep)
      problem(`${path}.now`, `must begin with the emergency level's "${callStep}"`);
    const stepIds = new Set<string>();
    for (const [list, steps] of [
      ['now', kind.now],
      ['tell', kind.tell],
      ['wait', kind.wait],
    ] as const) {
      for (const step of steps) {
        cited(`${path}.${list}.${step.id}`, step.sources);
        if (stepIds.has(step.id)) problem(`${path}.${list}.${step.id}`, 'step given twice');
        stepIds.add(step.id);
      }
    }
  }
  for (const id of EMERGENCY_KIND_IDS)
    if (!kindIds.has(id)) problem(`emergencyKinds.${id}`, 'no guidance for this kind of emergency');

  const homes = (
    inKinds: (kind: EmergencyKind) => readonly string[],
    generic: readonly string[],
    id: string,
  ): number =>
    knowledge.emergencyKinds.filter((kind) => inKinds(kind).includes(id)).length +
    (generic.includes(id) ? 1 : 0);
  const emergencyRules = new Set(knowledge.rules.filter((r) => r.level === 'emergency').map((r) => r.id));
  for (const rule of knowledge.rules) {
    if (rule.level !== 'emergency') continue;
    const n = homes((kind) => kind.rules, knowledge.genericEmergencies.rules, rule.id);
    if (n !== 1)
      problem(
        `rules.${rule.id}`,
        n === 0
          ? 'emergency rule belongs to no emergency kind and is not listed in genericEmergencies'
          : 'emergency rule belongs to more than one emergency kind',
      );
    if (rule.now && knowledge.emergencyKinds.some((kind) => kind.rules.includes(rule.id)))
      problem(`rules.${rule.id}.now`, 'a rule of an emergency kind takes its steps from the kind');
  }
  const emergencyCauses = new Set(
    knowledge.causes.filter((c) => c.urgency.some((u) => u.level === 'emergency')).map((c) => c.id),
  );
  for (const id of emergencyCauses) {
    const n = homes((kind) => kind.causes, knowledge.genericEmergencies.causes, id);
    if (n !== 1)
      problem(
        `causes.${id}`,
        n === 0
          ? 'cause with an emergency urgency belongs to no emergency kind and is not listed in genericEmergencies'
          : 'cause with an emergency urgency belongs to more than one emergency kind',
      );
  }
  const listed: [string, readonly string[], ReadonlySet<string>, string][] = [
    ...knowledge.emergencyKinds.flatMap(
      (kind): [string, readonly string[], ReadonlySet<string>, string][] => [
        [`emergencyKinds.${kind.id}.rules`, kind.rules, emergencyRules, 'emergency rule'],
        [`emergencyKinds.${kind.id}.causes`, kind.causes, emergencyCauses, 'cause with an emergency urgency'],
      ],
    ),
    ['genericEmergencies.rules', knowledge.genericEmergencies.rules, emergencyRules, 'emergency rule'],
    [
      'genericEmergencies.causes',
      knowledge.genericEmergencies.causes,
      emergencyCauses,
      'cause with an emergency urgency',
    ],
  ];
  for (const [path, ids, known, what] of listed)
    for (const id of ids) {
      if (!known.has(id)) problem(path, `"${id}" is not an ${what}`);
      if (path.endsWith('.causes') && !causeIds.has(id)) problem(path, `unknown cause "${id}"`);
    }
}
