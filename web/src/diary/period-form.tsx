import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Exposure, ExposureKind } from '../../../src/diary/index.ts';
import { EXPOSURE_KINDS, exposureWords, interventionLabelIn } from '../../../src/diary/index.ts';
import { errorText } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t, webLanguage } from '../language.ts';
import { ChipGroup, DiaryBack, ErrorBox, RadioChips, WholeNumberField } from './controls.tsx';
import { interventionChoices, localInputValue, momentOf, whenText } from './format.ts';
import { goHome } from './notice.ts';

function kindChoices(): { id: string; label: string }[] {
  return EXPOSURE_KINDS.map((kind) => ({
    id: kind,
    label: exposureWords(kind, webLanguage()).one.replace(/^./, (c) => c.toUpperCase()),
  }));
}

function periodLine(x: Exposure): string {
  const what =
    x.interventions.length > 0
      ? t('webDiary.withThings', {
          things: x.interventions
            .map((id) => interventionLabelIn(id, webLanguage()))
            .join(', ')
            .toLowerCase(),
        })
      : t('webDiary.period.nothing');
  return t('webDiary.period.line', {
    kind: exposureWords(x.kind, webLanguage()).one,
    what,
    episodes: x.episodeCount,
  });
}

/**
 * A period the person counts episodes over (a run, a working day, a night) with what was in place: the diary compares
 * periods with and without each intervention.
 */
export function PeriodForm(): JSX.Element {
  const [kind, setKind] = useState<ExposureKind>('run');
  const [when, setWhen] = useState(() => localInputValue(new Date()));
  const [minutes, setMinutes] = useState('');
  const [count, setCount] = useState('0');
  const [interventions, setInterventions] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<Exposure[] | null>(null);
  useEffect(() => {
    diaryApi.exposures({ newestFirst: 'true', limit: '10' }).then(
      (page) => setRecent(page.exposures),
      () => setRecent([]),
    );
  }, []);

  const submit = (event: Event): void => {
    event.preventDefault();
    const moment = momentOf(when);
    if (!moment) {
      setError(t('webDiary.form.whenMissing'));
      return;
    }
    setBusy(true);
    setError(null);
    diaryApi
      .addExposure({
        kind,
        ...moment,
        durationMinutes: minutes === '' ? null : Number(minutes),
        interventions,
        episodeCount: count === '' ? 0 : Number(count),
        note: note.trim(),
      })
      .then(
        (saved) =>
          goHome({ text: t('webDiary.period.saved', { period: periodLine(saved.exposure) }), level: null }),
        (e: unknown) => {
          setError(errorText(e));
          setBusy(false);
        },
      );
  };

  return (
    <div class="screen diary" data-screen="diary-period">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.period')}</ScreenHeading>
      <p class="hint">{t('webDiary.period.lead')}</p>
      {error && <ErrorBox>{error}</ErrorBox>}
      <form class="diary-form" onSubmit={submit} noValidate>
        <RadioChips
          name="period-kind"
          legend={t('webDiary.period.kind')}
          options={kindChoices()}
          value={kind}
          onChange={(value) => setKind(EXPOSURE_KINDS.find((k) => k === value) ?? kind)}
        />
        <div class="field">
          <label class="field-label" for="period-when">
            {t('webDiary.form.when')}
          </label>
          <input
            id="period-when"
            class="input-text"
            type="datetime-local"
            value={when}
            onInput={(event) => setWhen(event.currentTarget.value)}
          />
        </div>
        <WholeNumberField
          id="period-minutes"
          label={t('webDiary.period.howLong')}
          unit={t('webDiary.form.minutes')}
          value={minutes}
          onChange={setMinutes}
        />
        <ChipGroup
          name="period-interventions"
          legend={t('webDiary.form.inPlace')}
          options={interventionChoices()}
          value={interventions}
          onChange={setInterventions}
        />
        <WholeNumberField
          id="period-count"
          label={t('webDiary.period.count')}
          hint={t('webDiary.period.countHint')}
          value={count}
          onChange={setCount}
        />
        <div class="field">
          <label class="field-label" for="period-note">
            {t('webDiary.form.note')}
          </label>
          <textarea
            id="period-note"
            class="input-text"
            rows={2}
            maxLength={2000}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button button-primary" disabled={busy}>
            {t('webDiary.period.save')}
          </button>
        </div>
      </form>
      {recent && recent.length > 0 && (
        <section class="section" aria-labelledby="recent-periods">
          <h2 id="recent-periods">{t('webDiary.period.recent')}</h2>
          <ul class="bullets">
            {recent.map((x) => (
              <li key={x.id}>
                {t('webDiary.period.recentLine', { when: whenText(x.startedAt), period: periodLine(x) })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
