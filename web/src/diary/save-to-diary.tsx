import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Answers } from '../../../src/engine/index.ts';
import { ApiError, currentOffset } from '../api/client.ts';
import { diaryApi } from '../api/diary.ts';

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
          Save to my diary
        </button>
      )}
      <p role="status" class="save-status">
        {state === 'saved' && (
          <>
            Saved to your diary. <a href="#/diary/assessments">Open your diary</a>
          </>
        )}
        {state === 'unavailable' &&
          'The diary is not available in this mode: this server runs without a diary store.'}
        {state === 'signed-out' && (
          <>
            Your diary on this server needs you to sign in: <a href="#/diary">open your diary</a>, sign in,
            then come back to this result.
          </>
        )}
        {state === 'failed' && 'It could not be saved. Check the connection and try again.'}
      </p>
    </div>
  );
}
