import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Episode, episodeSide } from '../../../src/diary/episode.ts';
import { ACTIVITIES, INTERVENTIONS } from '../../../src/diary/vocabulary.ts';
import type { HandMapAnswer } from '../../../src/engine/index.ts';
import { knowledge } from '../../../src/knowledge/index.ts';
import { HandMap } from '../components/hand-map.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { diaryApi, errorText } from './api.ts';
import { ChipGroup, DiaryBack, ErrorBox, RadioChips, WholeNumberField } from './controls.tsx';
import { episodeLine, findingText, localInputValue, momentOf } from './format.ts';
import { goHome, noticeFor, useEmergencyCheck } from './notice.ts';

/** Findings of these questions are the danger signs a person may log with an episode. */
const DANGER_QUESTIONS = ['stroke_signs', 'heart_signs'];
const OTHER_DANGER = ['rapid_weakness', 'both_hands_clumsy', 'pale_cold_painful_limb', 'sudden_arm_swelling'];
const OTHER_SYMPTOMS = [
  'hand_weakness',
  'hand_swelling',
  'colour_change',
  'burning_pain',
  'neck_pain',
  'pain_from_neck_down_arm',
  'arm_heaviness_aching',
  'lips_tingle',
  'fast_breathing_panic',
  'feet_numb',
];

const DANGER_SIGNS = [
  ...knowledge.questions.flatMap((q) =>
    q.kind === 'checklist' && DANGER_QUESTIONS.includes(q.id) ? q.findings : [],
  ),
  ...OTHER_DANGER,
].filter((id) => knowledge.findings.some((f) => f.id === id));

const SYMPTOMS = OTHER_SYMPTOMS.filter((id) => knowledge.findings.some((f) => f.id === id));

const HANDS = [
  { id: 'left', label: 'Left' },
  { id: 'right', label: 'Right' },
  { id: 'both', label: 'Both' },
  { id: 'not_marked', label: 'Not sure' },
];

interface Draft {
  when: string;
  minutes: string;
  hands: string;
  map: HandMapAnswer;
  activities: string[];
  severity: number | null;
  symptoms: string[];
  interventions: string[];
  note: string;
}

function draftOf(episode: Episode | null): Draft {
  if (!episode) {
    return {
      when: localInputValue(new Date()),
      minutes: '',
      hands: 'not_marked',
      map: {},
      activities: [],
      severity: null,
      symptoms: [],
      interventions: [],
      note: '',
    };
  }
  return {
    when: localInputValue(new Date(episode.startedAt)),
    minutes: episode.durationMinutes === null ? '' : String(episode.durationMinutes),
    hands: episodeSide(episode),
    map: episode.handMap,
    activities: episode.activities,
    severity: episode.severity,
    symptoms: episode.symptoms,
    interventions: episode.interventions,
    note: episode.note,
  };
}

function marked(hand: HandMapAnswer['left']): boolean {
  return (
    hand !== undefined && (hand.palm?.length ?? 0) + (hand.back?.length ?? 0) + (hand.arm?.length ?? 0) > 0
  );
}

/** The hands chosen with the chips, with the places marked on the drawing (a marked hand counts as chosen). */
function handMapOf(draft: Draft): HandMapAnswer {
  const map: HandMapAnswer = {};
  for (const side of ['left', 'right'] as const) {
    const hand = draft.map[side];
    const chosen = draft.hands === side || draft.hands === 'both';
    if (marked(hand)) map[side] = hand;
    else if (chosen) map[side] = {};
  }
  return map;
}

/** The form to log an episode (`id` null) or change one; a changed episode can be deleted too. */
export function EpisodeForm(props: { id: string | null }): JSX.Element {
  const editing = props.id !== null;
  const [episode, setEpisode] = useState<Episode | null>(null);
  const [draft, setDraft] = useState<Draft | null>(() => (editing ? null : draftOf(null)));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const emergency = useEmergencyCheck();

  useEffect(() => {
    if (props.id === null) return;
    diaryApi.episode(props.id).then(
      (found) => {
        setEpisode(found);
        setDraft(draftOf(found));
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [props.id]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const title = editing ? 'Change an episode' : 'Log an episode';
  const screen = editing ? 'diary-edit' : 'diary-log';
  if (!draft) {
    return (
      <div class="screen diary" data-screen={screen}>
        <DiaryBack />
        <ScreenHeading>{title}</ScreenHeading>
        {error ? <ErrorBox>{error}</ErrorBox> : <p aria-live="polite">Loading the episode…</p>}
      </div>
    );
  }
  const set = (patch: Partial<Draft>): void => setDraft({ ...draft, ...patch });

  const submit = (event: Event): void => {
    event.preventDefault();
    // An unchanged time keeps its seconds and offset, so that editing an episode never moves it.
    const moment =
      episode && draft.when === localInputValue(new Date(episode.startedAt))
        ? { startedAt: episode.startedAt, utcOffsetMinutes: episode.utcOffsetMinutes }
        : momentOf(draft.when);
    if (!moment) {
      setError('When: choose the date and time it started.');
      return;
    }
    const input = {
      ...moment,
      durationMinutes: draft.minutes === '' ? null : Number(draft.minutes),
      handMap: handMapOf(draft),
      activities: draft.activities,
      severity: draft.severity,
      symptoms: draft.symptoms,
      interventions: draft.interventions,
      note: draft.note.trim(),
      ...(episode ? { exposureId: episode.exposureId } : {}),
    };
    setBusy(true);
    setError(null);
    const request = episode ? diaryApi.updateEpisode(episode.id, input) : diaryApi.addEpisode(input);
    request
      .then((saved) => {
        if (emergency(saved)) return;
        goHome(noticeFor(saved, `${episode ? 'Changed' : 'Saved'}: ${episodeLine(saved.episode)}.`));
      })
      .catch((e: unknown) => {
        setError(errorText(e));
        setBusy(false);
      });
  };

  const remove = (): void => {
    if (!episode) return;
    setBusy(true);
    diaryApi.deleteEpisode(episode.id).then(
      () => goHome({ text: 'The episode was deleted.', level: null }),
      (e: unknown) => {
        setError(errorText(e));
        setBusy(false);
      },
    );
  };

  return (
    <div class="screen diary" data-screen={screen}>
      <DiaryBack />
      <ScreenHeading>{title}</ScreenHeading>
      <p class="hint">Only “when” is needed; add what you remember.</p>
      {error && <ErrorBox>{error}</ErrorBox>}
      <form class="diary-form" onSubmit={submit} noValidate>
        <div class="field">
          <label class="field-label" for="ep-when">
            When did it start?
          </label>
          <input
            id="ep-when"
            class="input-text"
            type="datetime-local"
            required
            value={draft.when}
            onInput={(event) => set({ when: event.currentTarget.value })}
          />
        </div>
        <WholeNumberField
          id="ep-minutes"
          label="How long did it last?"
          hint="In minutes; leave empty if you are not sure."
          unit="minutes"
          value={draft.minutes}
          onChange={(minutes) => set({ minutes })}
        />
        <RadioChips
          name="ep-hands"
          legend="Which hand?"
          options={HANDS}
          value={draft.hands}
          onChange={(hands) => set({ hands })}
        />
        <details class="field hand-details" open={marked(draft.map.left) || marked(draft.map.right)}>
          <summary>Mark where on the hand (optional)</summary>
          <HandMap value={draft.map} onChange={(map) => set({ map })} />
        </details>
        <ChipGroup
          name="ep-activities"
          legend="What were you doing?"
          options={ACTIVITIES}
          value={draft.activities}
          onChange={(activities) => set({ activities })}
        />
        <SeveritySlider value={draft.severity} onChange={(severity) => set({ severity })} />
        <fieldset class="field">
          <legend class="field-label">Did any of these come with it?</legend>
          <p class="hint">Warning signs: if you have one now, call 112, 911 or 999.</p>
          <div class="symptom-list">
            {DANGER_SIGNS.map((id) => (
              <SymptomRow key={id} id={id} draft={draft} set={set} />
            ))}
          </div>
          <details class="other-symptoms" open={draft.symptoms.some((s) => SYMPTOMS.includes(s))}>
            <summary>Other symptoms</summary>
            <div class="symptom-list">
              {SYMPTOMS.map((id) => (
                <SymptomRow key={id} id={id} draft={draft} set={set} />
              ))}
            </div>
          </details>
        </fieldset>
        <ChipGroup
          name="ep-interventions"
          legend="What did you have in place?"
          hint="Anything you were trying at the time, so that the diary can compare."
          options={INTERVENTIONS}
          value={draft.interventions}
          onChange={(interventions) => set({ interventions })}
        />
        <div class="field">
          <label class="field-label" for="ep-note">
            Note (optional)
          </label>
          <textarea
            id="ep-note"
            class="input-text"
            rows={3}
            maxLength={2000}
            value={draft.note}
            onInput={(event) => set({ note: event.currentTarget.value })}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {editing ? 'Save changes' : 'Save episode'}
          </button>
          {editing && !confirming && (
            <button type="button" class="button button-secondary" onClick={() => setConfirming(true)}>
              Delete this episode
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <section class="confirm" aria-labelledby="confirm-delete-title">
          <h2 id="confirm-delete-title" ref={confirmRef} tabIndex={-1}>
            Delete this episode?
          </h2>
          <p>It is removed from your diary for good.</p>
          <div class="button-row">
            <button type="button" class="button button-warning" disabled={busy} onClick={remove}>
              Yes, delete it
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

function SymptomRow(props: { id: string; draft: Draft; set: (patch: Partial<Draft>) => void }): JSX.Element {
  const { id, draft } = props;
  const inputId = `ep-symptom-${id}`;
  return (
    <div class="symptom">
      <input
        id={inputId}
        type="checkbox"
        checked={draft.symptoms.includes(id)}
        onChange={(event) =>
          props.set({
            symptoms: event.currentTarget.checked
              ? [...draft.symptoms, id]
              : draft.symptoms.filter((s) => s !== id),
          })
        }
      />
      <label for={inputId}>{findingText(id)}</label>
    </div>
  );
}

/** Severity 0–10 on a slider, the number shown beside it; untouched, the episode is "not rated". */
function SeveritySlider(props: {
  value: number | null;
  onChange: (value: number | null) => void;
}): JSX.Element {
  const shown = props.value === null ? 'not rated' : `${props.value} of 10`;
  return (
    <div class="field">
      <label class="field-label" for="ep-severity">
        How bad was it?
      </label>
      <p class="hint" id="ep-severity-hint">
        0 is barely there, 10 the worst you can imagine.
      </p>
      <div class="slider-row">
        <input
          id="ep-severity"
          class="slider"
          type="range"
          min={0}
          max={10}
          step={1}
          value={props.value ?? 0}
          aria-describedby="ep-severity-hint"
          aria-valuetext={shown}
          onInput={(event) => props.onChange(Number(event.currentTarget.value))}
        />
        <output for="ep-severity" class="slider-value" aria-hidden="true">
          {shown}
        </output>
      </div>
      {props.value !== null && (
        <button type="button" class="link-button" onClick={() => props.onChange(null)}>
          Clear the rating
        </button>
      )}
    </div>
  );
}
