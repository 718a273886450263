import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Answers } from '../../../src/engine/index.ts';
import { ApiError, currentOffset } from '../api/client.ts';
import { diaryApi } from '../api/diary-place.ts';
import { t } from '../language.ts';
import { fillIn, SLOT } from './fill-in.ts';

type SaveState = 'idle' | 'saving' | 'saved' | 'unavailable' | 'signed-out' | 'failed';

function failureOf(error: unknown): SaveState {
  if (!(error instanceof ApiError)) return 'failed';
  if (error.unavailable) return 'unavailable';
  // A server with accounts keeps no diary for someone not signed in.
  if (error.signedOut) return 'signed-out';
  return 'failed';
}

/**
 * "Save to my diary" on the result: sends the answers to the diary, where the server assesses them again and keeps
 * them with the result, so that assessments can be compared over time.
 */
export function SaveToDiary(props: { answers: Answers }): JSX.Element {
  const [state, setState] = useState<SaveState>('idle');
  const save = (): void => {
    setState('saving');
    diaryApi.saveAssessment({ answers: props.answers, utcOffsetMinutes: currentOffset() }).then(
      () => setState('saved'),
      (error: unknown) => setState(failureOf(error)),
    );
  };
  return (
    <div class="save-to-diary">
      {state !== 'saved' && (
        <button type="button" class="button button-secondary" disabled={state === 'saving'} onClick={save}>
          {t('webDiary.save.button')}
        </button>
      )}
      <p role="status" class="save-status">
        {state === 'saved' &&
          fillIn(
            t('webDiary.save.saved', { link: SLOT }),
            <a href="#/diary/assessments">{t('webDiary.save.open')}</a>,
          )}
        {state === 'unavailable' && t('webDiary.save.unavailable')}
        {state === 'signed-out' &&
          fillIn(
            t('webDiary.save.signIn', { link: SLOT }),
            <a href="#/diary">{t('webDiary.save.openInSentence')}</a>,
          )}
        {state === 'failed' && t('webDiary.save.failed')}
      </p>
    </div>
  );
}
