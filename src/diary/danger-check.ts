import { type Answers, type Assessment, assess, type YesNoAnswer } from '../engine/index.ts';
import { knowledge as defaultKnowledge, type Knowledge, type TriageLevel } from '../knowledge/index.ts';
import type { Episode } from './episode.ts';
import { ACTIVITIES } from './vocabulary.ts';

/**
 * Answers that say only what is known to be present: each finding under the checklist question that asks it, as a
 * partial answer. Nothing is marked absent, so nothing unticked can lower the triage level (unknown is not absent).
 */
export function answersFromFindings(findings: Iterable<string>, knowledge: Knowledge): Answers {
  const present = new Set(findings);
  const answers: Answers = {};
  for (const question of knowledge.questions) {
    if (question.kind !== 'checklist') continue;
    const ticked: Record<string, YesNoAnswer> = {};
    for (const finding of question.findings) if (present.has(finding)) ticked[finding] = 'present';
    if (Object.keys(ticked).length > 0) answers[question.id] = ticked;
  }
  return answers;
}

/** The findings an episode is evidence of: its symptoms and the findings its activities stand for. */
export function episodeFindings(episode: Episode): string[] {
  const findings = new Set(episode.symptoms);
  for (const id of episode.activities) {
    const finding = ACTIVITIES.find((a) => a.id === id)?.finding;
    if (finding) findings.add(finding);
  }
  return [...findings];
}

export interface EpisodeCheck {
  /** The triage level of what was logged. `emergency` must be shown before anything else, instead of "saved". */
  level: TriageLevel;
  emergency: boolean;
  /** The engine's assessment of the episode, for the emergency screen and its reasons. */
  assessment: Assessment;
}

/**
 * The danger screen for a logged episode: the engine assesses the episode's symptoms, activities and hand map as
 * answers. Logging chest pressure or a drooping face gives `emergency`, and whoever saved the episode shows the
 * emergency screen, not a "saved" message (the episode is still kept, so nothing is lost).
 */
export function checkEpisode(episode: Episode, knowledge: Knowledge = defaultKnowledge): EpisodeCheck {
  const answers = answersFromFindings(episodeFindings(episode), knowledge);
  const handMap = knowledge.questions.find((q) => q.kind === 'handMap');
  // A map with no places marked says nothing about where, and the engine would read it as "nowhere".
  const marked = [episode.handMap.left, episode.handMap.right].some(
    (hand) =>
      hand !== undefined && (hand.palm?.length ?? 0) + (hand.back?.length ?? 0) + (hand.arm?.length ?? 0) > 0,
  );
  if (handMap && marked) answers[handMap.id] = episode.handMap;
  const assessment = assess(answers, knowledge);
  const level = assessment.triage.level;
  return { level, emergency: level === 'emergency', assessment };
}

/** The engine's reasons for a level, without the reminder that unanswered danger signs were not screened. */
export function reasonsOf(assessment: Assessment): Assessment['triage']['reasons'] {
  const unscreened = new Set(assessment.unscreened);
  return assessment.triage.reasons.filter(
    (r) =>
      !(
        unscreened.size > 0 &&
        r.findings.length === unscreened.size &&
        r.findings.every((f) => unscreened.has(f))
      ),
  );
}
