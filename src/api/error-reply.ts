/** The one shape of every 4xx and 5xx reply of the API, `{ "error": { code, message, path } }`. */
import Type from 'typebox';
import { closed, shared } from './shared.ts';

export const ErrorShared = shared(
  'Error',
  Type.Object(
    {
      error: Type.Object(
        {
          code: Type.String({ description: 'A code of src/errors.ts, for example NUMB_BAD_ANSWER' }),
          message: Type.String({ description: 'The field, what was expected and what came' }),
          path: Type.Array(Type.Union([Type.String(), Type.Integer()]), {
            description: 'Where the bad value is in the request, for example ["answers", "age"]',
          }),
        },
        closed,
      ),
    },
    { ...closed, description: 'Every 4xx and 5xx answer of the API' },
  ),
);
export type ErrorBody = Type.Static<typeof ErrorShared.schema>;

/** The error replies of a route, by status. */
export function errorResponses(...statuses: number[]): Record<number, typeof ErrorShared.ref> {
  return Object.fromEntries(statuses.map((status) => [status, ErrorShared.ref]));
}
