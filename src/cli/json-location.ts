import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { type ErrorKey, type ErrorValue, NumbError, words } from '../errors.ts';

/** A place in a text, both counted from 1 as editors show them. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The catalog's words for each of jsonc-parser's errors; an error without them is shown by its name. */
const PARSE_ERROR_WORDS: Readonly<Record<string, ErrorKey>> = {
  InvalidSymbol: 'error.json.InvalidSymbol',
  InvalidNumberFormat: 'error.json.InvalidNumberFormat',
  PropertyNameExpected: 'error.json.PropertyNameExpected',
  ValueExpected: 'error.json.ValueExpected',
  ColonExpected: 'error.json.ColonExpected',
  CommaExpected: 'error.json.CommaExpected',
  CloseBraceExpected: 'error.json.CloseBraceExpected',
  CloseBracketExpected: 'error.json.CloseBracketExpected',
  EndOfFileExpected: 'error.json.EndOfFileExpected',
  InvalidCommentToken: 'error.json.InvalidCommentToken',
  UnexpectedEndOfComment: 'error.json.InvalidCommentToken',
  UnexpectedEndOfString: 'error.json.UnexpectedEndOfString',
  UnexpectedEndOfNumber: 'error.json.UnexpectedEndOfNumber',
  InvalidUnicode: 'error.json.InvalidUnicode',
  InvalidEscapeCharacter: 'error.json.InvalidEscapeCharacter',
  InvalidCharacter: 'error.json.InvalidCharacter',
};

function describeParseError(error: ParseError): ErrorValue {
  const name = printParseErrorCode(error.error);
  const key = PARSE_ERROR_WORDS[name];
  return key === undefined ? name : words(key);
}

/**
 * Parses strict JSON. On failure throws a `NUMB_BAD_JSON` NumbError whose message names the file, the line and the
 * column, for example `answers.json line 3, column 18: expected ',' between items`.
 */
export function parseJsonText(text: string, fileLabel: string): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    if (text.trim() === '')
      throw new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.empty', { file: fileLabel });
    // JSON.parse says what is wrong but not in a form worth showing; the position-aware parser finds where.
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first === undefined) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.invalid', { file: fileLabel, detail });
    }
    const { line, column } = positionAt(text, first.offset);
    const values = { file: fileLabel, line, column, problem: describeParseError(first) };
    throw new NumbError('NUMB_BAD_JSON', 'error.NUMB_BAD_JSON.at', values);
  }
}

/**
 * Where the value at `path` (object keys and array indexes) is written in the JSON `text`. A path that goes beyond
 * what the text holds points at the deepest part that exists, so a missing or misspelt entry is shown where it
 * belongs. Returns null when the text is not JSON.
 */
export function locatePath(text: string, path: readonly (string | number)[]): TextPosition | null {
  const root = parseTree(text, [], { disallowComments: true });
  if (root === undefined) return null;
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node !== undefined) return positionAt(text, startOf(node));
  }
  return positionAt(text, root.offset);
}

/** A property's value is shown from its key, which is where a person looks for it. */
function startOf(node: Node): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}
