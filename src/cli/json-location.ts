import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import { NumbError } from '../errors.ts';

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

const PARSE_ERROR_TEXT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'a number is not written correctly',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ',' between items",
  CloseBraceExpected: "expected '}' to close the object",
  CloseBracketExpected: "expected ']' to close the list",
  EndOfFileExpected: 'expected the end of the file after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a string contains a character that must be escaped',
};

function describeParseError(error: ParseError): string {
  const name = printParseErrorCode(error.error);
  return PARSE_ERROR_TEXT[name] ?? name;
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
      throw new NumbError('NUMB_BAD_JSON', `${fileLabel}: is empty, expected a JSON object`);
    // JSON.parse says what is wrong but not in a form worth showing; the position-aware parser finds where.
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    if (first === undefined) {
      const detail = cause instanceof Error ? cause.message : String(cause);
      throw new NumbError('NUMB_BAD_JSON', `${fileLabel}: is not valid JSON (${detail})`);
    }
    const { line, column } = positionAt(text, first.offset);
    throw new NumbError(
      'NUMB_BAD_JSON',
      `${fileLabel} line ${line}, column ${column}: ${describeParseError(first)}`,
    );
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
