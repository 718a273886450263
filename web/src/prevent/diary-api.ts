/**
 * The two diary calls the prevention tools make: record an exposure period (a working day with breaks, a run) and
 * an episode linked to it. A server without a diary store answers 503; the screens then say so and carry on.
 */

export type DiaryResult = { ok: true; body: unknown } | { ok: false; unavailable: boolean; message: string };

export async function postDiary(path: '/exposures' | '/episodes', body: unknown): Promise<DiaryResult> {
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    return {
      ok: false,
      unavailable: false,
      message: 'numbcheck could not reach its server. Try again later.',
    };
  }
  let data: unknown = null;
  try {
    data = await response.json();
  } catch {
    data = null;
  }
  if (response.ok) return { ok: true, body: data };
  if (response.status === 503 || response.status === 404) {
    return {
      ok: false,
      unavailable: true,
      message: 'The diary is not available here: this numbcheck runs without a diary store.',
    };
  }
  const error = field(data, 'error');
  const message = field(error, 'message');
  return {
    ok: false,
    unavailable: false,
    message: typeof message === 'string' ? message : `The server answered ${response.status}.`,
  };
}

/** A field of a JSON object, or undefined. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record: Record<string, unknown> = { ...value };
  return record[key];
}
