/**
 * Every error numbcheck can raise, in one place: a code, the HTTP status it maps to, and a message that tells the
 * person what to fix.
 */
export const ERRORS = {
  NUMB_BAD_ANSWER: { status: 400, summary: 'An answer does not fit its question' },
  NUMB_UNKNOWN_QUESTION: { status: 400, summary: 'An answer names a question numbcheck does not have' },
  NUMB_BAD_JSON: { status: 400, summary: 'The input is not valid JSON' },
  NUMB_BAD_USAGE: { status: 400, summary: 'The command was not used as documented' },
  NUMB_FILE_NOT_FOUND: { status: 404, summary: 'A file could not be read' },
  NUMB_INVALID_KNOWLEDGE: { status: 500, summary: 'The knowledge base failed its checks' },
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
