/** The errors of the command line: a misuse with its help, a file that cannot be read, a place in a JSON file. */
import { type ErrorValue, NumbError, type Path, type Words, words } from '../errors.ts';
import { locatePath } from './json-location.ts';

/** A misuse of the command line, and the help that shows the right use: `numbcheck diary --help`. */
export function usage(problem: Words, topic = 'main'): NumbError {
  const help = topic === 'main' ? 'numbcheck --help' : `numbcheck ${topic} --help`;
  return new NumbError('NUMB_BAD_USAGE', 'error.NUMB_BAD_USAGE.withHelp', { problem, help });
}

/** An argument no command takes. */
export function unexpected(argument: string | undefined): Words {
  return words('error.NUMB_BAD_USAGE.unexpectedArgument', { argument: argument ?? '' });
}

/** Why a file could not be read or written, in the catalog's words when the system's code is a common one. */
export function fileProblem(error: unknown): ErrorValue {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return words('error.NUMB_FILE_NOT_FOUND.missing');
  if (code === 'EISDIR') return words('error.NUMB_FILE_NOT_FOUND.folder');
  if (code === 'EACCES' || code === 'EPERM') return words('error.NUMB_FILE_NOT_FOUND.permission');
  return error instanceof Error ? error.message : String(error);
}

/** Where the value at `path` is in the JSON file: `answers.json line 3`, or the file alone when it cannot be found. */
export function whereInFile(text: string, label: string, path: Path): ErrorValue {
  const position = locatePath(text, path);
  return position === null ? label : words('error.inFile.line', { file: label, line: position.line });
}
