/**
 * Cutting text into tokens: words (normalised by the lexicon), sentence ends, and clause separators, each with its
 * place in the original text so that what was understood can point at the words that said it.
 */

/** One token. `start` and `end` are offsets into the original text. */
export interface Token {
  /** The normalised word ("Don't" → "dont", "numbess" → "numbness"), or the punctuation mark. */
  norm: string;
  start: number;
  end: number;
  /** `word`; `stop`: a sentence end (. ! ? ; or a new line); `comma`: a softer break (, : dashes, brackets). */
  kind: 'word' | 'stop' | 'comma';
  /** Index of the sentence the token is in. */
  sentence: number;
}

/** What tokenising needs from a compiled lexicon. */
export interface Tokenizer {
  regex: RegExp;
  normalise(raw: string): string;
}

/** Builds the token regular expression for a lexicon's letters and apostrophes. */
export function tokenRegex(letters: string, apostrophes: string): RegExp {
  const word = `[${letters}]+(?:[${apostrophes}][${letters}]+)*`;
  return new RegExp(`(\\d+(?:[.,]\\d+)?|${word})|([.!?;\\n]+)|([,:()\\u2013\\u2014&])`, 'gu');
}

export function tokenize(text: string, tokenizer: Tokenizer): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  const regex = new RegExp(tokenizer.regex.source, tokenizer.regex.flags);
  for (const m of text.matchAll(regex)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined) {
      tokens.push({ norm: tokenizer.normalise(m[1]), start, end, kind: 'word', sentence });
    } else if (m[2] !== undefined) {
      tokens.push({ norm: m[2].trim() || '.', start, end, kind: 'stop', sentence });
      sentence++;
    } else if (m[0] === '&') {
      tokens.push({ norm: 'and', start, end, kind: 'word', sentence });
    } else {
      tokens.push({ norm: m[0], start, end, kind: 'comma', sentence });
    }
  }
  return tokens;
}
