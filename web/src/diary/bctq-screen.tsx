import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentOffset, errorText } from '../api/client.ts';
import type { BctqQuestionnaire, BctqScores } from '../api/diary.ts';
import { diaryApi } from '../api/diary-place.ts';
import { ScreenHeading } from '../components/site-chrome.tsx';
import { t } from '../language.ts';
import { DiaryBack, ErrorBox, LinkButton } from './controls.tsx';
import { fillIn, SLOT } from './fill-in.ts';
import { scoreText } from './format.ts';

/** The Boston Carpal Tunnel Questionnaire: its 19 items, each a 1–5 radio group, then the two scores. */
export function BctqScreen(): JSX.Element {
  const [instrument, setInstrument] = useState<BctqQuestionnaire | null>(null);
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [scores, setScores] = useState<BctqScores | null>(null);
  useEffect(() => {
    diaryApi.questionnaire().then(setInstrument, (e: unknown) => setError(errorText(e)));
  }, []);

  if (scores) {
    return (
      <div class="screen diary" data-screen="diary-bctq-result">
        <DiaryBack />
        <ScreenHeading>{t('webDiary.bctq.scores')}</ScreenHeading>
        <dl class="scores">
          <div>
            <dt>{t('webDiary.bctq.severity')}</dt>
            <dd>
              {fillIn(
                t('webDiary.bctq.ofFive', { score: SLOT }),
                <strong class="score">{scoreText(scores.symptomSeverity)}</strong>,
              )}
            </dd>
          </div>
          <div>
            <dt>{t('webDiary.bctq.function')}</dt>
            <dd>
              {fillIn(
                t('webDiary.bctq.ofFive', { score: SLOT }),
                <strong class="score">{scoreText(scores.functionalStatus)}</strong>,
              )}
            </dd>
          </div>
        </dl>
        <p>{t('webDiary.bctq.scoresText')}</p>
        <div class="button-row">
          <LinkButton href="#/diary/assessments">{t('webDiary.bctq.overTime')}</LinkButton>
        </div>
      </div>
    );
  }

  const submit = (event: Event): void => {
    event.preventDefault();
    if (!instrument) return;
    const all = [...instrument.symptomSeverity.items, ...instrument.functionalStatus.items];
    const missing = all.filter((item) => answers[item.id] === undefined);
    if (missing.length > 2) {
      setError(t('webDiary.bctq.missing', { count: missing.length }));
      return;
    }
    setBusy(true);
    setError(null);
    diaryApi.saveBctq({ answers, utcOffsetMinutes: currentOffset() }).then(
      (record) => setScores(record.scores),
      (e: unknown) => {
        setError(errorText(e));
        setBusy(false);
      },
    );
  };

  return (
    <div class="screen diary" data-screen="diary-bctq">
      <DiaryBack />
      <ScreenHeading>{t('webDiary.title.bctq')}</ScreenHeading>
      {!instrument && !error && <p aria-live="polite">{t('webDiary.bctq.loading')}</p>}
      {instrument && <p class="lead">{t('webDiary.bctq.lead', { days: instrument.recallDays })}</p>}
      {error && <ErrorBox>{error}</ErrorBox>}
      {instrument && (
        <form class="diary-form" onSubmit={submit} noValidate>
          <Scale scale={instrument.symptomSeverity} answers={answers} onAnswer={setAnswers} />
          <Scale scale={instrument.functionalStatus} answers={answers} onAnswer={setAnswers} />
          <div class="button-row">
            <button type="submit" class="button button-primary" disabled={busy}>
              {t('webDiary.bctq.save')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

function Scale(props: {
  scale: BctqQuestionnaire['symptomSeverity'];
  answers: Record<string, number>;
  onAnswer: (answers: Record<string, number>) => void;
}): JSX.Element {
  const { scale, answers } = props;
  const headingId = `bctq-${scale.items[0]?.id ?? 'scale'}-title`;
  return (
    <section class="section bctq-scale" aria-labelledby={headingId}>
      <h2 id={headingId}>{scale.name}</h2>
      <p>{scale.instructions}</p>
      {scale.items.map((item) => (
        <fieldset key={item.id} class="field bctq-item">
          <legend class="field-label">
            {item.number}. {item.text}
          </legend>
          <div class="bctq-answers">
            {item.labels.map((label, i) => {
              const id = `bctq-${item.id}-${i + 1}`;
              return (
                <div key={id} class="symptom">
                  <input
                    type="radio"
                    id={id}
                    name={`bctq-${item.id}`}
                    checked={answers[item.id] === i + 1}
                    onChange={() => props.onAnswer({ ...answers, [item.id]: i + 1 })}
                  />
                  <label for={id}>
                    {label}
                    <span class="muted small"> ({i + 1})</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </section>
  );
}
