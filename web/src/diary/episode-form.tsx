import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Episode, episodeSide } from '../../../src/diary/index.ts';
import type { HandMapAnswer } from '../../../src/engine/index.ts';
import type { MessageKey } from '../../../src/messages/index.ts';
import { errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { HandMap } from '../components/hand-map.tsx';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { readable } from '../knowledge-words.ts';
import { t } from '../language.ts';
import { ChipGroup, DiaryBack, ErrorBox, WholeNumberField } from './controls.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import {
  activityChoices,
  episodeLine,
  findingText,
  interventionChoices,
  localInputValue,
  momentOf,
  whenText,
} from './format.ts';
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
  ...readable().knowledge.questions.flatMap((q) =>
    q.kind === 'checklist' && DANGER_QUESTIONS.includes(q.id) ? q.findings : [],
  ),
  ...OTHER_DANGER,
].filter((id) => readable().knowledge.findings.some((f) => f.id === id));

const SYMPTOMS = OTHER_SYMPTOMS.filter((id) => readable().knowledge.findings.some((f) => f.id === id));

const HANDS: readonly { id: string; label: MessageKey }[] = [
  { id: 'left', label: 'webDiary.form.handLeft' },
  { id: 'right', label: 'webDiary.form.handRight' },
  { id: 'both', label: 'webDiary.form.handBoth' },
  { id: 'not_marked', label: 'webDiary.form.handNotSure' },
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
  const firstWhen = useRef<string | null>(null);
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

  const title = editing ? t('webDiary.title.episode') : t('webDiary.title.log');
  const screen = editing ? 'diary-edit' : 'diary-log';
  if (!draft) {
    return (
      <div class="screen diary episode-screen" data-screen={screen}>
        <DiaryBack />
        <ScreenHeading>{title}</ScreenHeading>
        {error ? <ErrorBox>{error}</ErrorBox> : <p aria-live="polite">{t('webDiary.form.loading')}</p>}
      </div>
    );
  }
  const set = (patch: Partial<Draft>): void => setDraft({ ...draft, ...patch });
  if (firstWhen.current === null) firstWhen.current = draft.when;

  const submit = (event: Event): void => {
    event.preventDefault();
    // An unchanged time keeps its seconds and offset, so that editing an episode never moves it.
    const moment =
      episode && draft.when === localInputValue(new Date(episode.startedAt))
        ? { startedAt: episode.startedAt, utcOffsetMinutes: episode.utcOffsetMinutes }
        : momentOf(draft.when);
    if (!moment) {
      setError(t('webDiary.form.whenMissing'));
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
        const line = episodeLine(saved.episode);
        const text = episode
          ? t('webDiary.form.changed', { episode: line })
          : t('webDiary.form.saved', { episode: line });
        goHome(noticeFor(saved, text));
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
      () => goHome({ text: t('webDiary.form.deleted'), level: null }),
      (e: unknown) => {
        setError(errorText(e));
        setBusy(false);
      },
    );
  };

  const more = draft.minutes !== '' || draft.interventions.length > 0 || draft.note.trim() !== '';
  const ticked = draft.symptoms.length;
  return (
    <div class="screen diary episode-screen" data-screen={screen}>
      <DiaryBack />
      <ScreenHeading>{title}</ScreenHeading>
      {error && <ErrorBox>{error}</ErrorBox>}
      <form class="diary-form episode-form" onSubmit={submit} noValidate>
        <HandPicker draft={draft} set={set} />
        <SeveritySlider value={draft.severity} onChange={(severity) => set({ severity })} />
        <ActivityPicker value={draft.activities} onChange={(activities) => set({ activities })} />
        <Disclosure
          class="episode-more"
          initiallyOpen={more}
          summary={
            !editing && draft.when === firstWhen.current
              ? t('webDiary.form.more')
              : fillIn(
                  t('webDiary.form.moreAt', { when: SLOT }),
                  <span class="disclosure-value">({whenSummary(draft.when)})</span>,
                )
          }
        >
          <div class="field">
            <label class="field-label" for="ep-when">
              {t('webDiary.form.when')}
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
            label={t('webDiary.form.howLong')}
            hint={t('webDiary.form.howLongHint')}
            unit={t('webDiary.form.minutes')}
            value={draft.minutes}
            onChange={(minutes) => set({ minutes })}
          />
          <ChipGroup
            name="ep-interventions"
            legend={t('webDiary.form.inPlace')}
            hint={t('webDiary.form.inPlaceHint')}
            options={interventionChoices()}
            value={draft.interventions}
            onChange={(interventions) => set({ interventions })}
          />
          <div class="field">
            <label class="field-label" for="ep-note">
              {t('webDiary.form.note')}
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
        </Disclosure>
        <Disclosure
          class="episode-else"
          initiallyOpen={ticked > 0}
          summary={
            <>
              <span class="disclosure-title">{t('webDiary.form.else')}</span>{' '}
              <span class="disclosure-examples">{t('webDiary.form.elseExamples')}</span>
              {ticked > 0 && (
                <span class="disclosure-value"> · {t('webDiary.form.ticked', { count: ticked })}</span>
              )}
            </>
          }
        >
          <fieldset class="field">
            <legend class="field-label">{t('webDiary.form.dangerSigns')}</legend>
            <p class="hint">{t('webDiary.form.dangerHint')}</p>
            <div class="symptom-list">
              {DANGER_SIGNS.map((id) => (
                <SymptomRow key={id} id={id} draft={draft} set={set} />
              ))}
            </div>
          </fieldset>
          <fieldset class="field">
            <legend class="field-label">{t('webDiary.form.otherSymptoms')}</legend>
            <div class="symptom-list">
              {SYMPTOMS.map((id) => (
                <SymptomRow key={id} id={id} draft={draft} set={set} />
              ))}
            </div>
          </fieldset>
        </Disclosure>
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {editing ? t('webDiary.form.saveChanges') : t('webDiary.form.save')}
          </button>
          {editing && !confirming && (
            <button type="button" class="button button-secondary" onClick={() => setConfirming(true)}>
              {t('webDiary.form.delete')}
            </button>
          )}
        </div>
      </form>
      {confirming && (
        <section class="confirm" aria-labelledby="confirm-delete-title">
          <h2 id="confirm-delete-title" ref={confirmRef} tabIndex={-1}>
            {t('webDiary.form.deleteQuestion')}
          </h2>
          <p>{t('webDiary.form.deleteText')}</p>
          <div class="button-row">
            <button type="button" class="button button-warning" disabled={busy} onClick={remove}>
              {t('webDiary.form.deleteYes')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => setConfirming(false)}>
              {t('webDiary.form.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** The time as the person reads it, once it is not simply "now". */
function whenSummary(when: string): string {
  const moment = momentOf(when);
  return moment ? whenText(moment.startedAt) : t('webDiary.form.notSet');
}

/**
 * A native disclosure (details and summary) that starts open when it holds values and then stays as the person
 * leaves it: unticking the last box inside must not fold it away under their finger.
 */
function Disclosure(props: {
  class: string;
  initiallyOpen: boolean;
  summary: ComponentChildren;
  children: ComponentChildren;
}): JSX.Element {
  const [open, setOpen] = useState(props.initiallyOpen);
  return (
    <details
      class={`disclosure ${props.class}`}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{props.summary}</summary>
      <div class="disclosure-body">{props.children}</div>
    </details>
  );
}

/** Which hand, as one row of four choices, and "Mark where" opening the hand map under it. */
function HandPicker(props: { draft: Draft; set: (patch: Partial<Draft>) => void }): JSX.Element {
  const { draft, set } = props;
  const [mapOpen, setMapOpen] = useState(marked(draft.map.left) || marked(draft.map.right));
  return (
    <div class="field hand-picker">
      <div class="field-head">
        <span class="field-label" id="ep-hands-label">
          {t('webDiary.form.hand')}
        </span>
        <button
          type="button"
          class="button button-secondary button-small mark-where"
          aria-expanded={mapOpen}
          aria-controls="ep-hand-map"
          onClick={() => setMapOpen(!mapOpen)}
        >
          {mapOpen ? t('webDiary.form.hideMap') : t('webDiary.form.markWhere')}
        </button>
      </div>
      <div class="chips chips-row" role="radiogroup" aria-labelledby="ep-hands-label">
        {HANDS.map((option) => (
          <label key={option.id} class="chip chip-compact chip-choice">
            <input
              type="radio"
              name="ep-hands"
              value={option.id}
              checked={draft.hands === option.id}
              onChange={() => set({ hands: option.id })}
            />
            <span>{t(option.label)}</span>
          </label>
        ))}
      </div>
      <div id="ep-hand-map" class="hand-map-panel" hidden={!mapOpen}>
        {mapOpen && <HandMap value={draft.map} onChange={(map) => set({ map })} />}
      </div>
    </div>
  );
}

/** Activities most episodes are logged with, shown first under a short name; the rest behind "More". */
const QUICK_ACTIVITIES: readonly { id: string; label: MessageKey }[] = [
  { id: 'sleeping', label: 'webDiary.form.sleeping' },
  { id: 'keyboard', label: 'webDiary.form.typing' },
  { id: 'phone', label: 'webDiary.form.phone' },
  { id: 'driving', label: 'webDiary.form.driving' },
  { id: 'running', label: 'webDiary.form.running' },
];

/** What the person was doing: the quick choices, any other one already chosen, and the rest after "More". */
function ActivityPicker(props: { value: string[]; onChange: (value: string[]) => void }): JSX.Element {
  const { value, onChange } = props;
  const [all, setAll] = useState(false);
  const shown = [
    ...QUICK_ACTIVITIES.map((a) => ({ id: a.id, label: t(a.label) })),
    ...activityChoices().filter(
      (a) => !QUICK_ACTIVITIES.some((q) => q.id === a.id) && (all || value.includes(a.id)),
    ),
  ];
  const toggle = (id: string, on: boolean): void =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset class="field chip-group activity-picker">
      <legend class="field-label">{t('webDiary.form.doing')}</legend>
      <div class="chips" id="ep-activities">
        {shown.map((option) => (
          <label key={option.id} class="chip chip-compact chip-choice">
            <input
              type="checkbox"
              name="ep-activities"
              value={option.id}
              checked={value.includes(option.id)}
              onChange={(event) => toggle(option.id, event.currentTarget.checked)}
            />
            <span>{option.label}</span>
          </label>
        ))}
        <button
          type="button"
          class="button button-secondary button-small chip-more"
          aria-expanded={all}
          aria-controls="ep-activities"
          onClick={() => setAll(!all)}
        >
          {all ? t('webDiary.form.fewer') : t('webDiary.form.moreActivities')}
          <span class="visually-hidden"> {t('webDiary.form.activities')}</span>
        </button>
      </div>
    </fieldset>
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

/**
 * Severity 0–10 on a slider, the number shown above it with a way to clear it; untouched, the episode is "not
 * rated". The ends of the scale are written under the slider.
 */
function SeveritySlider(props: {
  value: number | null;
  onChange: (value: number | null) => void;
}): JSX.Element {
  const shown =
    props.value === null ? t('webDiary.form.notRated') : t('webDiary.form.rated', { severity: props.value });
  return (
    <div class="field severity-field">
      <div class="field-head">
        <label class="field-label" for="ep-severity">
          {t('webDiary.form.severity')}
        </label>
        <span class="severity-now">
          <output for="ep-severity" class="slider-value" aria-hidden="true">
            {shown}
          </output>
          {props.value !== null && (
            <button type="button" class="link-button clear-rating" onClick={() => props.onChange(null)}>
              {t('webDiary.form.clear')}
              <span class="visually-hidden"> {t('webDiary.form.clearWhat')}</span>
            </button>
          )}
        </span>
      </div>
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
      <p class="scale-ends" id="ep-severity-hint">
        <span>{t('webDiary.form.scaleLow')}</span> <span>{t('webDiary.form.scaleHigh')}</span>
      </p>
    </div>
  );
}
