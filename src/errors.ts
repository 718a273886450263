/**
 * Every error numbcheck can raise, in one place: a code, the HTTP status it maps to, and a message that tells the
 * person what to fix.
 */
export const ERRORS = {
  NUMB_BAD_ANSWER: { status: 400, summary: 'An answer does not fit its question' },
  // GET /api/v1/questions/{id} answers 404 with this code: there the question is the resource asked for.
  NUMB_UNKNOWN_QUESTION: { status: 400, summary: 'An answer names a question numbcheck does not have' },
  NUMB_BAD_JSON: { status: 400, summary: 'The input is not valid JSON' },
  NUMB_BAD_REQUEST: { status: 400, summary: 'The request does not fit the documented shape' },
  NUMB_BAD_USAGE: { status: 400, summary: 'The command was not used as documented' },
  NUMB_BAD_ENTRY: { status: 400, summary: 'A diary entry does not fit its fields' },
  NUMB_BAD_IMPORT: { status: 400, summary: 'The document is not a diary export this numbcheck can read' },
  NUMB_ENTRY_NOT_FOUND: { status: 404, summary: 'The diary has no entry with this id' },
  NUMB_ENTRY_EXISTS: { status: 409, summary: 'The diary already has an entry with this id' },
  NUMB_UNKNOWN_HOST: { status: 421, summary: 'The request names a host this server does not answer to' },
  NUMB_FORBIDDEN_ORIGIN: { status: 403, summary: 'The request came from a page of another site' },
  NUMB_SIGN_IN_REQUIRED: { status: 401, summary: 'This needs signing in to an account' },
  NUMB_SIGN_IN_FAILED: {
    status: 401,
    summary: 'The passkey, recovery code or access token was not accepted',
  },
  NUMB_SESSION_REQUIRED: {
    status: 403,
    summary: 'This needs signing in with a passkey, not an access token',
  },
  NUMB_ACCOUNTS_OFF: { status: 404, summary: 'This server runs without accounts' },
  NUMB_LAST_PASSKEY: { status: 409, summary: 'The last passkey of an account cannot be removed' },
  NUMB_STORE_UNAVAILABLE: { status: 503, summary: 'The diary store cannot be opened or reached' },
  NUMB_FILE_NOT_FOUND: { status: 404, summary: 'A file could not be read' },
  NUMB_NOT_FOUND: { status: 404, summary: 'There is nothing at this address' },
  NUMB_REQUEST_TIMEOUT: { status: 408, summary: 'The request did not arrive whole in time' },
  NUMB_BODY_TOO_LARGE: { status: 413, summary: 'The request body is larger than numbcheck accepts' },
  NUMB_UNSUPPORTED_MEDIA_TYPE: { status: 415, summary: 'The request body is not JSON' },
  NUMB_TOO_MANY_REQUESTS: { status: 429, summary: 'Too many requests from this client: wait and try again' },
  NUMB_INTERNAL: { status: 500, summary: 'Something went wrong inside numbcheck' },
  NUMB_INVALID_KNOWLEDGE: { status: 500, summary: 'The knowledge base failed its checks' },
  NUMB_CANNOT_LISTEN: { status: 500, summary: 'The server could not listen on the host and port asked for' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An error a person can act on. `path` locates the bad value inside the input, for example ["age"]. */
export class NumbError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly path: (string | number)[];

  constructor(code: ErrorCode, message: string, path: (string | number)[] = []) {
    super(message);
    this.name = 'NumbError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.path = path;
  }
}
