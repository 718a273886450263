/**
 * docs/red-flags.md, made from the knowledge, the red-flag matrix and the story sets, so that the page cannot say
 * other than what numbcheck does. `npm run red-flags` writes it; a test checks that it is current.
 */
import { knowledge as defaultKnowledge, type Knowledge } from '../knowledge/index.ts';
import { loadRedFlags, ruleOf } from './red-flags.ts';
import {
  assessWords,
  judgeStory,
  loadStories,
  SCORE_HEADER,
  type StoryScore,
  scoreRow,
  scoreStories,
} from './stories.ts';

/**
 * Each story set's figures the first time it was scored. The blind sets were written by people who never saw the
 * lexicon and scored once before anything was changed because of them: those first readings are the honest ones.
 */
const FIRST_READINGS: { set: string; when: string; score: StoryScore }[] = [
  {
    set: 'blind-2.json',
    when: 'first reading, before the review (knowledge 2026.11.2)',
    score: {
      stories: 67,
      emergencies: 26,
      emergenciesCaught: 10,
      underTriaged: 21,
      levelRight: 44,
      causeFirst: 35,
      causeTopThree: 45,
    },
  },
  {
    set: 'blind-2.json',
    when: 'second reading, after the review from guidance, before its stories were read',
    score: {
      stories: 67,
      emergencies: 26,
      emergenciesCaught: 21,
      underTriaged: 8,
      levelRight: 57,
      causeFirst: 47,
      causeTopThree: 60,
    },
  },
  ...heldOut('blind-3.json', 'held out until the second reading of blind-2 had been acted on', [
    {
      stories: 62,
      emergencies: 22,
      emergenciesCaught: 10,
      underTriaged: 18,
      levelRight: 43,
      causeFirst: 27,
      causeTopThree: 42,
    },
    {
      stories: 62,
      emergencies: 22,
      emergenciesCaught: 20,
      underTriaged: 5,
      levelRight: 56,
      causeFirst: 39,
      causeTopThree: 57,
    },
  ]),
  ...heldOut('blind-4.json', 'held out with blind-3', [
    {
      stories: 61,
      emergencies: 23,
      emergenciesCaught: 9,
      underTriaged: 23,
      levelRight: 38,
      causeFirst: 31,
      causeTopThree: 40,
    },
    {
      stories: 61,
      emergencies: 23,
      emergenciesCaught: 19,
      underTriaged: 8,
      levelRight: 53,
      causeFirst: 42,
      causeTopThree: 55,
    },
  ]),
  ...heldOut('blind-5.json', 'held out until blind-3 and blind-4 had been acted on', [
    {
      stories: 68,
      emergencies: 27,
      emergenciesCaught: 11,
      underTriaged: 25,
      levelRight: 42,
      causeFirst: 39,
      causeTopThree: 47,
    },
    {
      stories: 68,
      emergencies: 27,
      emergenciesCaught: 22,
      underTriaged: 8,
      levelRight: 59,
      causeFirst: 52,
      causeTopThree: 61,
    },
  ]),
  {
    set: 'dev.json',
    when: 'before the review (knowledge 2026.11.2)',
    score: {
      stories: 24,
      emergencies: 2,
      emergenciesCaught: 2,
      underTriaged: 0,
      levelRight: 24,
      causeFirst: 24,
      causeTopThree: 24,
    },
  },
  {
    set: 'own-words.json',
    when: 'before the review (knowledge 2026.11.2)',
    score: {
      stories: 63,
      emergencies: 11,
      emergenciesCaught: 11,
      underTriaged: 0,
      levelRight: 63,
      causeFirst: 50,
      causeTopThree: 62,
    },
  },
];

/** A held-out set's two first readings: the knowledge before the review, then the first time it met the new one. */
function heldOut(
  set: string,
  when: string,
  [before, first]: [StoryScore, StoryScore],
): { set: string; when: string; score: StoryScore }[] {
  return [
    { set, when: 'before the review (knowledge 2026.11.2)', score: before },
    { set, when: `first reading, ${when}`, score: first },
  ];
}

/** The story sets scored live, in the order the page lists them. */
const STORY_SETS = [
  'blind-2.json',
  'blind-3.json',
  'blind-4.json',
  'blind-5.json',
  'dev.json',
  'own-words.json',
];

const cell = (text: string): string => text.replace(/\|/g, '\\|');

function matrixTable(knowledge: Knowledge): string[] {
  const label = (id: string): string => knowledge.findings.find((f) => f.id === id)?.label ?? id;
  return [
    '| # | red flag | findings | level | rule | sources | one of its wordings | tested by |',
    '| ---: | --- | --- | --- | --- | --- | --- | --- |',
    ...loadRedFlags().map((flag, i) => {
      const rule = ruleOf(flag, knowledge);
      const findings = flag.findings.map((f) => `\`${f}\` (${label(f)})`).join('; ');
      return `| ${i + 1} | ${cell(flag.flag)} | ${cell(findings)} | \`${rule.level}\` | \`${rule.id}\` | ${rule.sources.join(', ')} | “${cell(flag.words[0] ?? '')}” | answers; ${flag.words.length} wordings; ${flag.negated.length} denial${flag.negated.length === 1 ? '' : 's'} |`;
    }),
  ];
}

function storyTable(): string[] {
  const live = STORY_SETS.map((set) => {
    const stories = loadStories(new URL(`../../examples/stories/${set}`, import.meta.url));
    return scoreRow(`${set}, now`, scoreStories(stories.map((s) => judgeStory(s, assessWords(s.text)))));
  });
  return [...SCORE_HEADER, ...FIRST_READINGS.map((r) => scoreRow(`${r.set}, ${r.when}`, r.score)), ...live];
}

export function renderRedFlagsDoc(knowledge: Knowledge = defaultKnowledge): string {
  return `# Red flags

Generated by \`npm run red-flags\` (\`src/text/red-flags-doc.ts\`) from the knowledge (${knowledge.version}), the
red-flag matrix (\`examples/red-flags.json\`) and the story sets; do not edit by hand. A test fails when this page is
not what the command writes.

numbcheck exists to answer "is it dangerous?". Each red flag below was reviewed against its guidance: AHA/ASA and
NICE NG128 for stroke and TIA, AHA, NHS and NICE CG95 for heart attack and angina, the ESVS 2020 guideline for acute
limb ischaemia, the BOA standard (BOAST) for compartment syndrome, NICE NG41 for spinal injury, and the NHS pages on
DVT, Guillain–Barré syndrome and low blood sugar, and NICE CKS on neck pain. Each row names its rule in
\`src/knowledge/rules.ts\`, the findings that make it, its level and its sources.

## What changed in knowledge 2026.12.1

- 12 rules added: 9 red flags (\`atypical_heart_signs\`, \`compartment_syndrome\`, \`spinal_injury\`,
  \`arm_clot_with_breathlessness\` and \`breathing_or_swallowing\` as emergencies; \`tia_passed\`, \`progressive_weakness\`,
  \`neck_pain_red_flags\` and \`possible_hypo\` as urgent) and 3 that give a danger sign alone its own doctor level
  (\`heart_sign_alone\`, \`cord_sign_alone\`, \`risk_history\`).
- 6 rules changed: \`stroke_signs\` (sudden one-sided numbness still there), \`limb_at_risk\` (no injury needed: it was an
  emergency only after an injury), \`exertional_chest_pain\` (angina felt in the arm or jaw), \`one_heart_sign\` (nausea
  alone is no longer urgent), \`rapid_weakness\` (tingling that spreads upwards), \`possible_diabetes\` (weight loss).
  1 removed (\`pale_cold_painful_limb\` at urgent, now part of \`limb_at_risk\`); 7 re-sourced from "standard anatomy
  texts" or the backpack-palsy study to the guideline that says it.
- 13 danger signs added and 6 relabelled; 7 causes added (\`arterial_occlusion\`, \`compartment_syndrome\`,
  \`spinal_cord_injury\`, \`upper_limb_dvt\`, \`guillain_barre\`, \`hypoglycaemia\`, \`spinal_infection_or_tumour\`).

## What changed in knowledge 2026.12.2

- Each emergency takes the steps of its kind (stroke, heart, limb, spinal) in place of the level's general steps and
  the rule's own: a stroke notes the time and calls even if it passed, a heart attack calls within five minutes and
  rests, a limb without blood is not warmed and kept at heart level, a spinal injury keeps the neck still; each kind
  also says what to tell the call handler. No rule changed its level.
- The emergency steps and the heart attack and stroke reasons no longer name 112, 911 and 999: the web page and the
  terminal give the number for where the person is.

## How each row is tested

\`src/text/red-flags.test.ts\` tests every row three ways:

- **answers**: the row's answers alone give its level, with the rule's own reason, the tests of the causes it points
  to, its own steps for now, and (where the rule withholds self-care) no self-care from any other cause;
- **wordings**: at least three ways people say it, through text alone, reach its level or a more urgent one;
- **denials**: a wording that denies it does not read its danger signs as present.

## The red flags

${matrixTable(knowledge).join('\n')}

## Levels that were too high

Also tested in \`src/text/red-flags.test.ts\`:

- ordinary neck pain is not the heart item ("jaw, throat, upper back or upper stomach that came with the arm
  symptoms, not a neck ache you already had");
- nausea alone, as in pregnancy, is a doctor's appointment, not a same-day one (\`heart_sign_alone\`);
- sweat on a run or in the heat is not read as a cold sweat.

## What the person does not know

A danger sign answered "don't know" is never taken as absent. Such a result is at least \`${knowledge.unsure.level}\`,
its first reason names every such sign and says what to do if any is present, and \`unsure\` lists them. A danger
sign merely not asked yet stays in \`unscreened\`, and the interview asks it first. Every danger sign, present on its
own, fires a rule at \`${knowledge.unsure.level}\` or above (\`checkKnowledge\` enforces it), so answering a "don't
know" with "yes" can never lower the level: the fast-check property of monotonic triage covers "don't know" answers.

## Plans that agree with the level

A rule names the causes its sign points to; their tests, specialists and advice join the plan however the ranking
places them. A rule for the heart, a stroke, a limb without blood, a clot, spreading weakness or the spine withholds
every other cause's self-care and prevention (no keeping active or heat for a possible heart attack, no warming a
hand without blood). An emergency carries no self-care at all. Its steps are those of its kind
(\`src/knowledge/emergency-kinds.ts\`: stroke, heart, limb, spinal), each with what to do now, what to tell the call
handler and what to do while waiting; an emergency of no kind (a clot in the lungs, failing breathing muscles) takes
the level's general steps (call now, do not drive) and its rule's own. A chest-pain emergency does not show stroke
steps, nor a stroke chest-pain ones; \`checkKnowledge\` gives every emergency rule and cause one kind or the general
steps.

## Stories

Scored by \`npm run stories\` through text alone, as \`numbcheck assess --text\` reads them. Four sets were written for
this review by people who never saw the lexicon or the other sets, each in its own voice: \`blind-2.json\` (a
clinician-writer; 67 stories, 26 emergencies), \`blind-3.json\` (an emergency nurse; 62, 22), \`blind-4.json\` (a GP
reading online messages, many from people whose first language is not English; 61, 23) and \`blind-5.json\` (a
paramedic and 111 call handler; 68, 27). Every set was also scored on the knowledge before the review.

- \`blind-2\` was scored once before anything changed, and again after the review from guidance, before its stories
  were read. Then its misses were read and the mechanisms behind them mended: text written about a relative, spelling
  correction that turned "dripping" into "tripping", angina felt only in the arm.
- \`blind-3\` and \`blind-4\` were held out until then; their first reading is the honest figure for that knowledge.
  Their misses were then read and mended in turn: possessives and plurals ("neck's", "someones"), gaps that counted
  brackets, indigestion that antacids do not touch, a hand pale and cold that came on suddenly, the corner of the
  mouth.
- \`blind-5\` was held out until then; its first reading is the honest figure for the knowledge as it then stood. Its
  misses were mended too (drowsiness, dribbling, "type 1", a curtain over one eye, "his mouth's gone down").

Every "now" row has been read and is no longer blind: the first readings are the ones to quote. The one story still
less urgent than its writer asked (in \`blind-5\`) is carpal tunnel waking someone at night, put at "doctor"; NHS
advice is self-care first and a GP if it does not settle, which is what numbcheck says.

${storyTable().join('\n')}
`;
}
